//===- RustSafeTestSupport.h - Helpers for the safe backend tests -*- C++
//-*-===//

#ifndef KBINDGEN_TEST_UNIT_RUSTSAFETESTSUPPORT_H
#define KBINDGEN_TEST_UNIT_RUSTSAFETESTSUPPORT_H

#include "FrontendTestSupport.h"

#include "../../lib/Backends/RustSafe/SafeModel.h"
#include "../../lib/Backends/RustSafe/SafeWriter.h"

#include "kbindgen/Analysis/Analysis.h"

#include <catch2/catch.hpp>

namespace kbindgen::test {

/// A header parsed, analysed and run through the safe model.
struct SafeFixture {
  ir::Module M;
  Options Opts;
  Analysis A;
  rustsafe::SafeRules Rules;
  rustsafe::SafeModel Model;

  explicit SafeFixture(const std::string &Header,
                       SafeStyle Style = SafeStyle::Std,
                       const std::string &RulesJson = "",
                       std::vector<std::string> Allowlist = {})
      : M(parseSource(Header)) {
    Opts.SafeWrapperStyle = Style;
    Opts.SafeAllowlist = std::move(Allowlist);
    llvm::Expected<Analysis> Analysed = analyzeModule(M, Opts);
    REQUIRE(static_cast<bool>(Analysed));
    A = std::move(*Analysed);
    if (!RulesJson.empty()) {
      auto Parsed = rustsafe::parseSafeRules(RulesJson, "rules.json");
      if (!Parsed)
        FAIL(llvm::toString(Parsed.takeError()));
      Rules = std::move(*Parsed);
    }
    Model = rustsafe::buildSafeModel({M, A, Opts, Rules});
  }

  const rustsafe::Handle &handle(const std::string &CName) const {
    for (const rustsafe::Handle &H : Model.Handles)
      if (M.item(H.Record).Name == CName)
        return H;
    FAIL("no handle " << CName);
    return Model.Handles.front();
  }
  bool hasHandle(const std::string &CName) const {
    for (const rustsafe::Handle &H : Model.Handles)
      if (M.item(H.Record).Name == CName)
        return true;
    return false;
  }
  const rustsafe::MethodPlan &method(const std::string &CName) const {
    for (const rustsafe::MethodPlan &P : Model.Methods)
      if (P.CName == CName)
        return P;
    FAIL("no method plan for " << CName);
    return Model.Methods.front();
  }
  bool hasMethod(const std::string &CName) const {
    for (const rustsafe::MethodPlan &P : Model.Methods)
      if (P.CName == CName)
        return true;
    return false;
  }
  std::string text() const {
    std::string Out;
    llvm::raw_string_ostream OS(Out);
    rustsafe::writeSafeModel(M, A, Model, Opts, OS);
    return Out;
  }
};

} // namespace kbindgen::test

#endif
