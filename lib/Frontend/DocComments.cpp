//===- DocComments.cpp - Comment marker stripping
//--------------------------===//

#include "ModuleBuilder.h"

#include "llvm/ADT/SmallVector.h"

using namespace kbindgen;

namespace {

/// Strips the markers of one line of a comment.
llvm::StringRef stripLine(llvm::StringRef Line, bool InBlock) {
  Line = Line.trim();
  if (!InBlock) {
    // `///`, `//!`, `//`
    if (Line.consume_front("//")) {
      if (!Line.consume_front("/"))
        Line.consume_front("!");
      Line.consume_front("<"); // trailing `///<` comments
      return Line.starts_with(" ") ? Line.drop_front() : Line;
    }
    return Line;
  }
  if (Line.consume_front("/**") || Line.consume_front("/*!") ||
      Line.consume_front("/*"))
    Line.consume_front("<"); // trailing `/**<` comments
  else if (Line.starts_with("*") && !Line.starts_with("*/"))
    Line = Line.drop_front();
  if (Line.consume_back("*/"))
    while (Line.consume_back("*"))
      ;
  if (Line.starts_with(" "))
    Line = Line.drop_front();
  return Line.rtrim();
}

} // namespace

std::string frontend::stripCommentMarkers(llvm::StringRef Raw) {
  bool InBlock = Raw.trim().starts_with("/*");
  llvm::SmallVector<llvm::StringRef, 16> Lines;
  Raw.split(Lines, '\n');
  llvm::SmallVector<llvm::StringRef, 16> Stripped;
  for (llvm::StringRef Line : Lines)
    Stripped.push_back(stripLine(Line, InBlock));
  while (!Stripped.empty() && Stripped.front().trim().empty())
    Stripped.erase(Stripped.begin());
  while (!Stripped.empty() && Stripped.back().trim().empty())
    Stripped.pop_back();
  std::string Result;
  for (size_t I = 0; I < Stripped.size(); ++I) {
    if (I)
      Result += '\n';
    Result += Stripped[I].str();
  }
  return Result;
}
