//===- RustRawTestSupport.h - IR and analysis built by hand for tests -----===//
//
// The Rust backend's tests build ir::Module and Analysis values directly, so
// they run without the frontend and the analysis. Layout numbers in the tests
// are clang's for x86_64 (checked against clang when the tests were written).
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_TEST_UNIT_RUSTRAWTESTSUPPORT_H
#define KBINDGEN_TEST_UNIT_RUSTRAWTESTSUPPORT_H

#include "kbindgen/Backends/Backends.h"

#include <catch2/catch.hpp>

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdio>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>

namespace kbindgen::test {

struct FieldSpec {
  std::string Name;
  ir::TypeId Type;
  uint64_t OffsetBits = 0;
  std::optional<uint32_t> BitWidth = std::nullopt;
};

class RustRawTestModule {
public:
  ir::Module M;
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
    ir::Type T;
    T.Kind = ir::TypeKind::Integer;
    T.Integer = Kind;
    T.IsSigned = Signed;
    T.SizeBytes = T.AlignBytes = Size;
    T.IsConst = Const;
    return M.addType(T);
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
    ir::Type T;
    T.Kind = ir::TypeKind::Void;
    T.IsConst = Const;
    return M.addType(T);
  }
  ir::TypeId floatT(ir::FloatKind Kind, uint64_t Size, uint64_t Align,
                    std::string Spelling) {
    ir::Type T;
    T.Kind = ir::TypeKind::Float;
    T.Float = Kind;
    T.SizeBytes = Size;
    T.AlignBytes = Align;
    T.Spelling = std::move(Spelling);
    return M.addType(T);
  }
  ir::TypeId pointer(ir::TypeId Pointee) {
    ir::Type T;
    T.Kind = ir::TypeKind::Pointer;
    T.Pointee = Pointee;
    T.SizeBytes = T.AlignBytes = 8;
    return M.addType(T);
  }
  ir::TypeId array(ir::TypeId Element, uint64_t Length) {
    ir::Type T;
    T.Kind = ir::TypeKind::Array;
    T.Pointee = Element;
    T.ArrayLength = Length;
    T.SizeBytes = M.type(Element).SizeBytes * Length;
    T.AlignBytes = M.type(Element).AlignBytes;
    return M.addType(T);
  }
  ir::TypeId incompleteArray(ir::TypeId Element) {
    ir::Type T;
    T.Kind = ir::TypeKind::IncompleteArray;
    T.Pointee = Element;
    T.AlignBytes = M.type(Element).AlignBytes;
    return M.addType(T);
  }
  ir::TypeId opaque(uint64_t Size, uint64_t Align, std::string Spelling) {
    ir::Type T;
    T.Kind = ir::TypeKind::Opaque;
    T.Opaque = ir::OpaqueReason::Vector;
    T.SizeBytes = Size;
    T.AlignBytes = Align;
    T.Spelling = std::move(Spelling);
    return M.addType(T);
  }
  ir::TypeId function(ir::TypeId Result, std::vector<ir::TypeId> Params,
                      bool Variadic = false, bool NoReturn = false) {
    ir::FunctionSignature Sig;
    Sig.Result = Result;
    Sig.Params = std::move(Params);
    Sig.IsVariadic = Variadic;
    Sig.IsNoReturn = NoReturn;
    M.Signatures.push_back(Sig);
    ir::Type T;
    T.Kind = ir::TypeKind::Function;
    T.Signature = M.Signatures.size() - 1;
    return M.addType(T);
  }
  ir::TypeId named(ir::ItemId Item, bool Const = false) {
    ir::Type T;
    T.Kind = ir::TypeKind::Named;
    T.Item = Item;
    T.IsConst = Const;
    if (const auto *R = M.item(Item).getIf<ir::Record>()) {
      T.SizeBytes = R->SizeBytes;
      T.AlignBytes = R->AlignBytes;
    } else if (const auto *E = M.item(Item).getIf<ir::Enum>()) {
      T.SizeBytes = M.type(E->IntegerType).SizeBytes;
      T.AlignBytes = M.type(E->IntegerType).AlignBytes;
    } else if (const auto *TD = M.item(Item).getIf<ir::Typedef>()) {
      T.SizeBytes = M.type(TD->Underlying).SizeBytes;
      T.AlignBytes = M.type(TD->Underlying).AlignBytes;
    }
    return M.addType(T);
  }

  ir::ItemId add(std::string Name, decltype(ir::Item::Data) Data,
                 EnumStyle Style = EnumStyle::Consts) {
    ir::Item It;
    It.Name = Name;
    It.Data = std::move(Data);
    ir::ItemId Id = M.addItem(std::move(It));
    Order.push_back(Id);
    A.Decisions.push_back({Disposition::Emit, "", {}});
    A.RustNames.push_back(Name);
    A.MemberNames.emplace_back();
    A.AnonymousEnumConstNames.emplace_back();
    A.EnumStyles.push_back(Style);
    DeriveSet D;
    D.Debug = D.Copy = D.Clone = true;
    A.Derives.push_back(D);
    return Id;
  }

  ir::ItemId record(std::string Name, uint64_t Size, uint64_t Align,
                    std::vector<FieldSpec> Fields, bool Union = false,
                    bool Packed = false) {
    ir::Record R;
    R.Kind = Union ? ir::RecordKind::Union : ir::RecordKind::Struct;
    R.IsComplete = true;
    R.IsPacked = Packed;
    R.SizeBytes = Size;
    R.AlignBytes = Align;
    std::vector<std::string> Names;
    unsigned Anonymous = 0;
    for (const FieldSpec &F : Fields) {
      ir::Field Fld;
      Fld.Name = F.Name;
      Fld.Type = F.Type;
      Fld.OffsetBits = F.OffsetBits;
      Fld.BitWidth = F.BitWidth;
      R.Fields.push_back(Fld);
      if (F.Name.empty() && !F.BitWidth)
        Names.push_back("__bindgen_anon_" + std::to_string(++Anonymous));
      else
        Names.push_back(F.Name);
    }
    ir::ItemId Id = add(Name, R);
    A.MemberNames[Id.Index] = Names;
    if (Union)
      A.Derives[Id.Index].Debug = false; // Unions cannot derive Debug.
    return Id;
  }

  ir::ItemId enumeration(std::string Name, ir::TypeId IntegerType,
                         std::vector<std::pair<std::string, int64_t>> Values,
                         EnumStyle Style = EnumStyle::Consts) {
    ir::Enum E;
    E.IntegerType = IntegerType;
    E.IsSigned = M.type(IntegerType).IsSigned;
    std::vector<std::string> Names;
    for (auto &[N, V] : Values) {
      E.Enumerators.push_back({N, static_cast<uint64_t>(V), "", {}});
      Names.push_back(Style == EnumStyle::Consts ? Name + "_" + N : N);
    }
    ir::ItemId Id = add(Name, E, Style);
    A.MemberNames[Id.Index] = Names;
    A.Derives[Id.Index].Debug = true;
    return Id;
  }

  ir::ItemId typedefOf(std::string Name, ir::TypeId Underlying) {
    return add(Name, ir::Typedef{Underlying});
  }

  ir::ItemId function(std::string Name, ir::TypeId FnType,
                      std::vector<std::string> ParamNames = {}) {
    ir::Function F;
    F.Type = FnType;
    F.ParamNames = std::move(ParamNames);
    return add(Name, F);
  }

  ir::ItemId var(std::string Name, ir::TypeId Type) {
    ir::Var V;
    V.Type = Type;
    return add(Name, V);
  }

  ir::ItemId constant(std::string Name, ir::Constant C) { return add(Name, C); }

  std::string emit() {
    A.EmitOrder = Order;
    assignSymbolNames(M, Opts, A);
    Warnings.clear();
    std::string Text;
    llvm::raw_string_ostream OS(Text);
    emitRustRaw(M, A, Opts, OS, Warnings);
    OS.flush();
    return Text;
  }

  DeriveSet &derives(ir::ItemId Id) { return A.Derives[Id.Index]; }

  std::vector<BackendWarning> Warnings;
};

/// Output of a tool run.
struct ToolResult {
  int ExitCode = -1;
  std::string Output;
};

inline std::string readWholeFile(const std::string &Path) {
  std::ifstream In(Path);
  std::stringstream S;
  S << In.rdbuf();
  return S.str();
}

/// Runs Program with Args, capturing stdout and stderr together.
inline ToolResult runTool(llvm::StringRef Program,
                          std::vector<llvm::StringRef> Args) {
  ToolResult Result;
  llvm::SmallString<128> OutPath;
  llvm::sys::fs::createTemporaryFile("rustraw-tool", "txt", OutPath);
  std::vector<llvm::StringRef> Argv = {Program};
  Argv.insert(Argv.end(), Args.begin(), Args.end());
  std::optional<llvm::StringRef> Redirects[] = {std::nullopt, OutPath.str(),
                                                OutPath.str()};
  Result.ExitCode =
      llvm::sys::ExecuteAndWait(Program, Argv, std::nullopt, Redirects);
  Result.Output = readWholeFile(OutPath.str().str());
  llvm::sys::fs::remove(OutPath);
  return Result;
}

/// rustc or rustfmt from PATH or ~/.cargo/bin; empty when missing.
inline std::string findRustTool(llvm::StringRef Name) {
  if (auto Found = llvm::sys::findProgramByName(Name))
    return *Found;
  if (const char *Home = std::getenv("HOME")) {
    std::string Path = std::string(Home) + "/.cargo/bin/" + Name.str();
    if (llvm::sys::fs::can_execute(Path))
      return Path;
  }
  return "";
}

inline std::string writeTemporaryRust(const std::string &Text) {
  llvm::SmallString<128> Path;
  llvm::sys::fs::createTemporaryFile("rustraw", "rs", Path);
  std::ofstream(Path.str().str()) << Text;
  return Path.str().str();
}

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
  std::string Path = writeTemporaryRust(CrateText);
  llvm::SmallString<128> OutDir;
  llvm::sys::fs::createUniqueDirectory("rustraw-out", OutDir);
  ToolResult R = runTool(Rustc, {"--edition=2021", "--crate-type=lib",
                                 "--crate-name=rustraw_test", "--out-dir",
                                 OutDir.str(), Path});
  llvm::sys::fs::remove(Path);
  llvm::sys::fs::remove_directories(OutDir);
  return R;
}

/// rustfmt --check; ExitCode 0 when the text is already formatted.
inline ToolResult checkRustfmt(const std::string &Text) {
  std::string Rustfmt = findRustTool("rustfmt");
  if (Rustfmt.empty())
    return {127, "rustfmt not found"};
  std::string Path = writeTemporaryRust(Text);
  ToolResult R = runTool(Rustfmt, {"--check", "--edition", "2021", Path});
  llvm::sys::fs::remove(Path);
  return R;
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

inline bool contains(const std::string &Haystack, const std::string &Needle) {
  return Haystack.find(Needle) != std::string::npos;
}

} // namespace kbindgen::test

#endif
