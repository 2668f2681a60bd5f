//===- ClangAstDump.cpp - bindgen's --emit-clang-ast ----------------------===//

#include "kbindgen/Frontend/ClangAstDump.h"

#include "CXStringRef.h"

#include <clang-c/Index.h>

#include <fmt/format.h>

#include <string>
#include <vector>

namespace kbindgen {

namespace {

using frontend::CXStringRef;

std::string locationOf(CXCursor Cursor) {
  CXFile File = nullptr;
  unsigned Line = 0, Column = 0;
  clang_getSpellingLocation(clang_getCursorLocation(Cursor), &File, &Line,
                            &Column, nullptr);
  if (!File)
    return "builtin definitions";
  return fmt::format("{}:{}:{}", CXStringRef(clang_getFileName(File)).str(),
                     Line, Column);
}

struct Dumper {
  llvm::raw_ostream &OS;

  void print(unsigned Depth, llvm::StringRef Text) {
    OS.indent(Depth) << Text << '\n';
  }

  void dump(CXCursor Cursor, unsigned Depth) {
    print(Depth, "(");
    unsigned Inner = Depth + 1;
    print(Inner, "kind = " + CXStringRef(clang_getCursorKindSpelling(
                                             clang_getCursorKind(Cursor)))
                                 .string());
    print(Inner, "spelling = \"" +
                     CXStringRef(clang_getCursorSpelling(Cursor)).string() +
                     "\"");
    print(Inner, "location = " + locationOf(Cursor));
    print(Inner, fmt::format("is-definition? {}",
                             clang_isCursorDefinition(Cursor) != 0));
    CXType Type = clang_getCursorType(Cursor);
    if (Type.kind != CXType_Invalid) {
      print(Inner,
            "type.kind = " +
                CXStringRef(clang_getTypeKindSpelling(Type.kind)).string());
      print(Inner, "type.spelling = \"" +
                       CXStringRef(clang_getTypeSpelling(Type)).string() +
                       "\"");
      long long Size = clang_Type_getSizeOf(Type);
      if (Size >= 0)
        print(Inner, fmt::format("type.size = {}", Size));
    }
    std::vector<CXCursor> Children;
    clang_visitChildren(
        Cursor,
        [](CXCursor Child, CXCursor, CXClientData Data) {
          static_cast<std::vector<CXCursor> *>(Data)->push_back(Child);
          return CXChildVisit_Continue;
        },
        &Children);
    for (CXCursor Child : Children)
      dump(Child, Inner);
    print(Depth, ")");
  }
};

} // namespace

llvm::Error dumpClangAst(const FrontendInput &Input, llvm::raw_ostream &OS) {
  std::vector<const char *> Args;
  bool Header = llvm::StringRef(Input.Path).ends_with(".h");
  for (const std::string &Arg : Input.ClangArgs)
    if (llvm::StringRef(Arg).starts_with("-x"))
      Header = false;
  if (Header)
    Args.insert(Args.end(), {"-x", "c-header"});
  for (const std::string &Arg : Input.ClangArgs)
    Args.push_back(Arg.c_str());

  CXIndex Index = clang_createIndex(/*excludeDeclarationsFromPCH=*/0,
                                    /*displayDiagnostics=*/0);
  CXUnsavedFile Unsaved{Input.Path.c_str(), Input.Contents.data(),
                        static_cast<unsigned long>(Input.Contents.size())};
  CXTranslationUnit TU = nullptr;
  CXErrorCode Code = clang_parseTranslationUnit2(
      Index, Input.Path.c_str(), Args.data(), static_cast<int>(Args.size()),
      Input.UseContents ? &Unsaved : nullptr, Input.UseContents ? 1 : 0,
      CXTranslationUnit_SkipFunctionBodies, &TU);
  if (Code != CXError_Success || !TU) {
    clang_disposeIndex(Index);
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(),
        fmt::format("{}: error: libclang cannot parse the input for "
                    "--emit-clang-ast (error code {})",
                    Input.Path, static_cast<int>(Code)));
  }
  // Like bindgen, every top-level cursor but clang's builtin definitions.
  Dumper D{OS};
  std::vector<CXCursor> TopLevel;
  clang_visitChildren(
      clang_getTranslationUnitCursor(TU),
      [](CXCursor Child, CXCursor, CXClientData Data) {
        CXFile File = nullptr;
        clang_getSpellingLocation(clang_getCursorLocation(Child), &File,
                                  nullptr, nullptr, nullptr);
        if (File)
          static_cast<std::vector<CXCursor> *>(Data)->push_back(Child);
        return CXChildVisit_Continue;
      },
      &TopLevel);
  for (CXCursor Cursor : TopLevel)
    D.dump(Cursor, 0);
  clang_disposeTranslationUnit(TU);
  clang_disposeIndex(Index);
  return llvm::Error::success();
}

} // namespace kbindgen
