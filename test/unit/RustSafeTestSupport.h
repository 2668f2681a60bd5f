//===- RustSafeTestSupport.h - The safe backend's tests -------*- C++ -*-===//

#ifndef KBINDGEN_TEST_UNIT_RUSTSAFETESTSUPPORT_H
#define KBINDGEN_TEST_UNIT_RUSTSAFETESTSUPPORT_H

#include "TestSupport.h"

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
                       std::vector<std::string> Allowlist = {}) {
    Opts.SafeWrapperStyle = Style;
    Opts.SafeAllowlist = std::move(Allowlist);
    // The safe backend needs the whole analysis, not the inspections' view.
    M = parseSource(Header);
    llvm::Expected<Analysis> Analysed = analyzeModule(M, Opts);
    if (!Analysed)
      FAIL(llvm::toString(Analysed.takeError()));
    A = std::move(*Analysed);
    if (!RulesJson.empty()) {
      auto Parsed = rustsafe::parseSafeRules(RulesJson, "rules.json");
      if (!Parsed)
        FAIL(llvm::toString(Parsed.takeError()));
      Rules = std::move(*Parsed);
    }
    auto Compiled =
        analysis::RegexSet::compile(Opts.SafeAllowlist, "--safe-allowlist");
    REQUIRE(static_cast<bool>(Compiled));
    Rules.Allowlist = std::move(*Compiled);
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

#endif // KBINDGEN_TEST_UNIT_RUSTSAFETESTSUPPORT_H
