//===- InputLanguage.cpp - Refusing input that is not C -------------------===//

#include "InputLanguage.h"

#include "CXStringRef.h"
#include "Diagnostics.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/Path.h"

#include <fmt/format.h>

using namespace kbindgen;
using namespace kbindgen::frontend;
using llvm::StringRef;

namespace {

constexpr const char *OnlyC = "kbindgen binds C headers only";

/// The language a `-x` value names, nullopt for C (and for `none`, which
/// goes back to the suffix).
std::optional<std::string> languageOfXValue(StringRef Value) {
  if (Value == "c" || Value == "c-header" || Value == "cpp-output" ||
      Value == "c-cpp-output" || Value == "c-header-cpp-output" ||
      Value == "none")
    return std::nullopt;
  if (Value.starts_with("c++"))
    return "C++";
  if (Value.starts_with("objective-c++"))
    return "Objective-C++";
  if (Value.starts_with("objective-c"))
    return "Objective-C";
  if (Value.starts_with("cuda"))
    return "CUDA";
  if (Value.starts_with("hip"))
    return "HIP";
  if (Value == "cl" || Value == "clcpp" || Value.starts_with("cl-"))
    return "OpenCL";
  if (Value.starts_with("hlsl"))
    return "HLSL";
  if (Value.starts_with("renderscript"))
    return "RenderScript";
  return "'" + Value.str() + "'";
}

/// The language clang gives a file by its suffix (clang's own table, plus
/// the suffixes C++ projects use for template bodies); nullopt for C and
/// for suffixes clang does not read as source.
std::optional<std::string> languageOfSuffix(StringRef Path) {
  StringRef Suffix = llvm::sys::path::extension(Path);
  if (Suffix.empty())
    return std::nullopt;
  Suffix = Suffix.drop_front();
  return llvm::StringSwitch<std::optional<std::string>>(Suffix)
      .Cases("hpp", "hh", "hxx", "H", "h++", "HPP", "HXX", "C++", "ii",
             std::string("C++"))
      .Cases("cpp", "cc", "cxx", "c++", "C", "cp", "CPP", "CC", "CXX",
             std::string("C++"))
      .Cases("ipp", "tpp", "tcc", "ixx", "cppm", "c++m", "cxxm", "ccm",
             std::string("C++"))
      .Cases("m", "mi", std::string("Objective-C"))
      .Cases("mm", "M", "mii", std::string("Objective-C++"))
      .Cases("cu", "cuh", std::string("CUDA"))
      .Case("hip", std::string("HIP"))
      .Cases("cl", "clcpp", std::string("OpenCL"))
      .Case("hlsl", std::string("HLSL"))
      .Default(std::nullopt);
}

/// The language a `-std=` value selects when it is not C (`c++17`,
/// `gnu++20`, `cl2.0`, `cuda`); nullopt for C standards and unknown values
/// (clang reports those itself).
std::optional<std::string> languageOfStandard(StringRef Value) {
  if (Value.starts_with("c++") || Value.starts_with("gnu++"))
    return "C++";
  std::string Lower = Value.lower();
  if (StringRef(Lower).starts_with("clc++"))
    return "C++ for OpenCL";
  if (StringRef(Lower).starts_with("cl"))
    return "OpenCL";
  if (Value == "cuda")
    return "CUDA";
  if (Value == "hip")
    return "HIP";
  if (Value.starts_with("hlsl"))
    return "HLSL";
  return std::nullopt;
}

/// The value of Option in Args[I] (`-xVALUE`, `-x VALUE`, `NAME=VALUE`,
/// `NAME VALUE`); advances I past a separate value.
std::optional<StringRef> optionValue(llvm::ArrayRef<std::string> Args,
                                     size_t &I, StringRef Name, bool Joined,
                                     bool WithEquals, bool Separate) {
  StringRef Arg = Args[I];
  if (Arg == Name) {
    if (!Separate || I + 1 >= Args.size())
      return std::nullopt;
    return StringRef(Args[++I]);
  }
  if (!Arg.consume_front(Name))
    return std::nullopt;
  if (WithEquals && Arg.consume_front("="))
    return Arg;
  if (Joined)
    return Arg;
  return std::nullopt;
}

std::string refusal(StringRef Path, StringRef Language, StringRef Because) {
  return fmt::format("{}: {} input is not supported: {} ({} makes "
                     "clang read the header as {})",
                     Path.str(), Language.str(), OnlyC, Because.str(),
                     Language.str());
}

std::string locationOf(CXSourceLocation Loc) {
  CXString FileName;
  unsigned Line = 0, Column = 0;
  clang_getPresumedLocation(Loc, &FileName, &Line, &Column);
  CXStringRef Name(FileName);
  return fmt::format("{}:{}:{}", Name.str().str(), Line, Column);
}

/// What a top-level cursor of a C++ or Objective-C unit is, for the
/// message; nullptr when C has it too.
const char *nonCDeclarationKind(CXCursor C) {
  switch (clang_getCursorKind(C)) {
  case CXCursor_Namespace:
  case CXCursor_NamespaceAlias:
    return "a namespace";
  case CXCursor_LinkageSpec:
    return "a linkage specification (extern \"C\" or \"C++\")";
  case CXCursor_ClassDecl:
  case CXCursor_ClassTemplate:
  case CXCursor_ClassTemplatePartialSpecialization:
    return "a class";
  case CXCursor_FunctionTemplate:
    return "a function template";
  case CXCursor_UsingDirective:
  case CXCursor_UsingDeclaration:
  case CXCursor_TypeAliasDecl:
  case CXCursor_TypeAliasTemplateDecl:
    return "a using declaration";
  case CXCursor_CXXMethod:
  case CXCursor_Constructor:
  case CXCursor_Destructor:
  case CXCursor_ConversionFunction:
    return "a member function";
  case CXCursor_StaticAssert:
    return nullptr; // C11 _Static_assert is the same declaration
  default:
    break;
  }
  switch (clang_getCursorLanguage(C)) {
  case CXLanguage_CPlusPlus:
    // A struct of a C++ unit is a C++ class to clang.
    return "a C++ declaration";
  case CXLanguage_ObjC:
    return "an Objective-C declaration";
  default:
    return nullptr;
  }
}

/// The C++ symbol of a function that C would name by its identifier
/// (`_Z1fi` for `int f(int)` in a C++ unit); empty otherwise.
std::string cxxSymbolOf(CXCursor Function) {
  CXStringRef Name(clang_getCursorSpelling(Function));
  CXStringRef Symbol(clang_Cursor_getMangling(Function));
  StringRef Text = Symbol.str();
  // C's symbol is the name, with a `_` in front on some targets.
  if (Text == Name.str() || (Text.consume_front("_") && Text == Name.str()))
    return std::string();
  Text = Symbol.str();
  // Itanium (`_Z`, `__Z` where symbols get a `_` prefix) and MSVC (`?`).
  if (Text.starts_with("_Z") || Text.starts_with("__Z") ||
      Text.starts_with("?"))
    return Text.str();
  return std::string();
}

/// Whether a function carries `__attribute__((overloadable))`, clang's C
/// extension whose functions get C++ symbols (the frontend records those
/// as link names).
bool isOverloadable(CXCursor Function) {
  bool Found = false;
  clang_visitChildren(
      Function,
      [](CXCursor Child, CXCursor, CXClientData Data) {
        if (clang_getCursorKind(Child) != CXCursor_UnexposedAttr)
          return CXChildVisit_Continue;
        CXSourceRange Extent = clang_getCursorExtent(Child);
        CXTranslationUnit TU = clang_Cursor_getTranslationUnit(Child);
        CXToken *Tokens = nullptr;
        unsigned NumTokens = 0;
        clang_tokenize(TU, Extent, &Tokens, &NumTokens);
        for (unsigned I = 0; I < NumTokens; ++I) {
          CXStringRef Text(clang_getTokenSpelling(TU, Tokens[I]));
          if (Text.str() == "overloadable" || Text.str() == "__overloadable__")
            *static_cast<bool *>(Data) = true;
        }
        clang_disposeTokens(TU, Tokens, NumTokens);
        return CXChildVisit_Continue;
      },
      &Found);
  return Found;
}

/// C++-only keywords a C parse stops at: an error on one of them means the
/// header is C++.
bool isCxxOnlyKeyword(StringRef Spelling) {
  return llvm::StringSwitch<bool>(Spelling)
      .Cases("namespace", "class", "template", "typename", "using", true)
      .Cases("public", "private", "protected", "virtual", "operator", true)
      .Cases("explicit", "friend", "decltype", "\"C\"", "\"C++\"", true)
      .Default(false);
}

} // namespace

std::optional<std::string>
frontend::nonCLanguageOfArguments(const FrontendInput &Input) {
  llvm::ArrayRef<std::string> Args = Input.ClangArgs;
  std::optional<std::string> ByX, XArg;
  for (size_t I = 0; I < Args.size(); ++I) {
    StringRef Arg = Args[I];
    // An option's argument is not an option: `-Xclang -x -Xclang c++`
    // reaches clang's frontend, whose language the parsed unit tells.
    if (Arg == "-Xclang" || Arg == "-include" || Arg == "-imacros") {
      ++I;
      continue;
    }
    size_t First = I;
    auto Spelled = [&] {
      std::string Text = Args[First];
      for (size_t J = First + 1; J <= I; ++J)
        Text += " " + Args[J];
      return "'" + Text + "'";
    };
    if (std::optional<StringRef> Value =
            optionValue(Args, I, "-x", /*Joined=*/true, false, true)) {
      ByX = languageOfXValue(*Value);
      XArg = Spelled();
      continue;
    }
    if (std::optional<StringRef> Value =
            optionValue(Args, I, "--language", false, true, true)) {
      ByX = languageOfXValue(*Value);
      XArg = Spelled();
      continue;
    }
    for (StringRef Std : {"-std", "--std"})
      if (std::optional<StringRef> Value =
              optionValue(Args, I, Std, false, true, Std == "--std"))
        if (std::optional<std::string> Language = languageOfStandard(*Value))
          return refusal(Input.Path, *Language, Spelled());
    if (Arg == "--driver-mode=g++")
      return refusal(Input.Path, "C++", Spelled());
    if (Arg == "-ObjC++")
      return refusal(Input.Path, "Objective-C++", Spelled());
    if (Arg == "-ObjC")
      return refusal(Input.Path, "Objective-C", Spelled());
  }
  if (XArg)
    return ByX ? std::optional(refusal(Input.Path, *ByX, *XArg)) : std::nullopt;
  if (std::optional<std::string> Language = languageOfSuffix(Input.Path))
    return refusal(Input.Path, *Language,
                   "the suffix '" +
                       llvm::sys::path::extension(Input.Path).str() + "'");
  return std::nullopt;
}

std::optional<std::string>
frontend::firstNonCDeclaration(CXTranslationUnit TU) {
  struct Search {
    std::optional<std::string> Found;
    bool CheckedFunction = false;
  } S;
  clang_visitChildren(
      clang_getTranslationUnitCursor(TU),
      [](CXCursor C, CXCursor, CXClientData Data) {
        auto &S = *static_cast<Search *>(Data);
        CXSourceLocation Loc = clang_getCursorLocation(C);
        if (const char *Kind = nonCDeclarationKind(C)) {
          S.Found = fmt::format("{}: error: {} is not C: {} (C++ and "
                                "Objective-C input is not supported)",
                                locationOf(Loc), Kind, OnlyC);
          return CXChildVisit_Break;
        }
        // A C++ unit whose top-level declarations C has too still gives its
        // functions C++ symbols; one function tells.
        if (S.CheckedFunction ||
            clang_getCursorKind(C) != CXCursor_FunctionDecl ||
            clang_Cursor_getStorageClass(C) == CX_SC_Static)
          return CXChildVisit_Continue;
        S.CheckedFunction = true;
        std::string Symbol = cxxSymbolOf(C);
        if (Symbol.empty() || isOverloadable(C))
          return CXChildVisit_Continue;
        CXStringRef Name(clang_getCursorSpelling(C));
        S.Found = fmt::format("{}: error: function '{}' has the C++ symbol "
                              "'{}': {} (C++ input is not supported)",
                              locationOf(Loc), Name.str().str(), Symbol, OnlyC);
        return CXChildVisit_Break;
      },
      &S);
  return S.Found;
}

std::optional<std::string> frontend::cxxKeywordAtError(CXTranslationUnit TU) {
  unsigned NumDiagnostics = clang_getNumDiagnostics(TU);
  for (unsigned I = 0; I < NumDiagnostics; ++I) {
    CXDiagnostic Diagnostic = clang_getDiagnostic(TU, I);
    bool Error = isError(Diagnostic);
    CXSourceLocation Loc = clang_getDiagnosticLocation(Diagnostic);
    clang_disposeDiagnostic(Diagnostic);
    if (!Error)
      continue;
    CXToken *Token = clang_getToken(TU, Loc);
    if (!Token)
      continue;
    CXStringRef Spelling(clang_getTokenSpelling(TU, *Token));
    std::string Text = Spelling.string();
    clang_disposeTokens(TU, Token, 1);
    if (!isCxxOnlyKeyword(Text))
      continue;
    return fmt::format("{}: error: '{}' is C++, not C: {} (C++ input is not "
                       "supported)",
                       locationOf(Loc), Text, OnlyC);
  }
  return std::nullopt;
}
