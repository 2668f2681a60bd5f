//===- RustRawTestSupport.h - IR and analysis built by hand for tests -----===//
//
// The Rust backend's tests build ir::Module and Analysis values directly, so
// they run without the frontend and the analysis. Layout numbers in the tests
// are clang's for x86_64 (checked against clang when the tests were written).
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_TEST_UNIT_RUSTRAWTESTSUPPORT_H
#define KBINDGEN_TEST_UNIT_RUSTRAWTESTSUPPORT_H

#include "IRBuilderForTests.h"
#include "TestSupport.h"

#include "kbindgen/Backends/Backends.h"

#include <catch2/catch.hpp>

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/raw_ostream.h"

#include <optional>
#include <string>

namespace kbindgen::test {

/// A field at a given offset, as the Rust backend's tests lay records out.
struct LaidOutField {
  std::string Name;
  ir::TypeId Type;
  uint64_t OffsetBits = 0;
  std::optional<uint32_t> BitWidth = std::nullopt;
};

/// The IR builder plus the analysis the Rust backend reads: every item added
/// is emitted, in order, with the names and derives bindgen would give it.
/// Its integer types are unspelled, as the backend must not need a spelling.
class RustRawTestModule : public IRBuilder {
public:
  Analysis A;
  Options Opts;
  /// Items in emit order (all added items unless set explicitly).
  std::vector<ir::ItemId> Order;

  RustRawTestModule() {
    M.Target.Triple = "x86_64-unknown-linux-gnu";
    M.Target.PointerBytes = 8;
    Opts.UseCore = true;
    Opts.CtypesPrefix = "::core::ffi";
  }

  ir::TypeId integer(ir::IntegerKind Kind, bool Signed, uint64_t Size,
                     bool Const = false) {
    ir::TypeId T = IRBuilder::integer(Kind, Signed, Size);
    return Const ? qualified(T, true) : T;
  }
  ir::TypeId intT(bool Const = false) {
    return integer(ir::IntegerKind::Int, true, 4, Const);
  }
  ir::TypeId uintT() { return integer(ir::IntegerKind::UInt, false, 4); }
  ir::TypeId charT(bool Const = false) {
    return integer(ir::IntegerKind::Char, true, 1, Const);
  }
  ir::TypeId ucharT() { return integer(ir::IntegerKind::UChar, false, 1); }
  ir::TypeId shortT() { return integer(ir::IntegerKind::Short, true, 2); }
  ir::TypeId longT() { return integer(ir::IntegerKind::Long, true, 8); }
  ir::TypeId ulongT() { return integer(ir::IntegerKind::ULong, false, 8); }
  ir::TypeId ulonglongT() {
    return integer(ir::IntegerKind::ULongLong, false, 8);
  }
  ir::TypeId boolT() { return integer(ir::IntegerKind::Bool, false, 1); }
  ir::TypeId voidT(bool Const = false) {
    ir::TypeId T = voidType();
    return Const ? qualified(T, true) : T;
  }
  ir::TypeId named(ir::ItemId Item, bool Const = false) {
    ir::TypeId T = IRBuilder::named(Item);
    return Const ? qualified(T, true) : T;
  }

  /// Adds an item of any kind, emitted with the analysis' defaults.
  ir::ItemId add(std::string Name, decltype(ir::Item::Data) Data,
                 EnumStyle Style = EnumStyle::Consts) {
    return emitted(IRBuilder::add(std::move(Name), std::move(Data)), Style);
  }

  ir::ItemId record(std::string Name, uint64_t Size, uint64_t Align,
                    std::vector<LaidOutField> Fields, bool Union = false,
                    bool Packed = false) {
    std::vector<FieldSpec> Specs;
    std::vector<std::string> Names;
    unsigned Anonymous = 0;
    for (const LaidOutField &F : Fields) {
      Specs.push_back({F.Name, F.Type, F.BitWidth, F.OffsetBits});
      if (F.Name.empty() && !F.BitWidth)
        Names.push_back("__bindgen_anon_" + std::to_string(++Anonymous));
      else
        Names.push_back(F.Name);
    }
    ir::ItemId Id = emitted(IRBuilder::record(std::move(Name), std::move(Specs),
                                              Union ? ir::RecordKind::Union
                                                    : ir::RecordKind::Struct,
                                              ir::ItemId(), Size, Align));
    M.item(Id).as<ir::Record>().IsPacked = Packed;
    A.MemberNames[Id.Index] = Names;
    if (Union)
      A.Derives[Id.Index].Debug = false; // Unions cannot derive Debug.
    return Id;
  }

  ir::ItemId enumeration(std::string Name, ir::TypeId IntegerType,
                         std::vector<std::pair<std::string, int64_t>> Values,
                         EnumStyle Style = EnumStyle::Consts) {
    std::vector<std::string> Names;
    for (const auto &Value : Values)
      Names.push_back(Style == EnumStyle::Consts ? Name + "_" + Value.first
                                                 : Value.first);
    ir::ItemId Id = emitted(
        IRBuilder::enumeration(Name, IntegerType, std::move(Values)), Style);
    A.MemberNames[Id.Index] = Names;
    A.Derives[Id.Index].Debug = true;
    return Id;
  }

  ir::ItemId typedefOf(std::string Name, ir::TypeId Underlying) {
    return emitted(IRBuilder::typedefOf(std::move(Name), Underlying));
  }

  ir::ItemId function(std::string Name, ir::TypeId FnType,
                      std::vector<std::string> ParamNames = {}) {
    return emitted(
        functionOfType(std::move(Name), FnType, std::move(ParamNames)));
  }

  ir::ItemId var(std::string Name, ir::TypeId Type) {
    return emitted(IRBuilder::var(std::move(Name), Type));
  }

  ir::ItemId constant(std::string Name, ir::Constant C) {
    return emitted(IRBuilder::constant(std::move(Name), std::move(C)));
  }

  std::string emit() {
    A.EmitOrder = Order;
    sizeAnalysisForItems(M, A);
    requireVerified(M);
    assignSymbolNames(M, Opts, A);
    assignBitfieldMethodNames(M, A);
    Warnings.clear();
    std::string Text;
    llvm::raw_string_ostream OS(Text);
    emitRustRaw(M, A, Opts, OS, Warnings);
    OS.flush();
    return Text;
  }

  DeriveSet &derives(ir::ItemId Id) { return A.Derives[Id.Index]; }

  std::vector<BackendWarning> Warnings;

private:
  /// Records Id in the emit order and in the analysis, as bindgen would
  /// name and derive it.
  ir::ItemId emitted(ir::ItemId Id, EnumStyle Style = EnumStyle::Consts) {
    Order.push_back(Id);
    sizeAnalysisForItems(M, A);
    A.Decisions[Id.Index] = {Disposition::Emit, "", {}};
    A.RustNames[Id.Index] = M.item(Id).Name;
    A.EnumStyles[Id.Index] = Style;
    DeriveSet &D = A.Derives[Id.Index];
    D.Debug = D.Copy = D.Clone = true;
    return Id;
  }
};

/// The file the tests compile: the generated text as a no_std library.
inline std::string asNoStdCrate(const std::string &Generated) {
  return "#![no_std]\n#![allow(\n    non_camel_case_types,\n"
         "    non_upper_case_globals,\n    non_snake_case,\n    "
         "dead_code\n)]\n" +
         Generated;
}

inline ToolResult compileWithRustc(const std::string &CrateText) {
  std::string Rustc = findRustTool("rustc");
  if (Rustc.empty())
    return {127, "rustc not found"};
  ScratchDir Dir("rustraw");
  return runTool(Rustc, {"--edition=2021", "--crate-type=lib",
                         "--crate-name=rustraw_test", "--out-dir", Dir.Path,
                         Dir.file("lib.rs", CrateText)});
}

/// rustfmt --check; ExitCode 0 when the text is already formatted.
inline ToolResult checkRustfmt(const std::string &Text) {
  std::string Rustfmt = findRustTool("rustfmt");
  if (Rustfmt.empty())
    return {127, "rustfmt not found"};
  ScratchDir Dir("rustraw");
  return runTool(Rustfmt,
                 {"--check", "--edition", "2021", Dir.file("lib.rs", Text)});
}

/// Everything after the header comment line and its blank line.
inline std::string bodyOf(const std::string &Out) {
  size_t Start = Out.find("\n\n");
  return Start == std::string::npos ? Out : Out.substr(Start + 2);
}

/// Compiles Generated as a no_std library; the rustc output on failure.
inline ToolResult compileNoStd(const std::string &Generated) {
  return compileWithRustc(asNoStdCrate(Generated));
}

inline void requireCompiles(const std::string &Generated) {
  ToolResult R = compileNoStd(Generated);
  INFO(R.Output);
  REQUIRE(R.ExitCode == 0);
}

inline void requireFormatted(const std::string &Generated) {
  ToolResult R = checkRustfmt(asNoStdCrate(Generated));
  if (R.ExitCode == 127) {
    WARN("rustfmt not found; formatting not checked");
    return;
  }
  INFO(R.Output);
  REQUIRE(R.ExitCode == 0);
}

} // namespace kbindgen::test

#endif // KBINDGEN_TEST_UNIT_RUSTRAWTESTSUPPORT_H
