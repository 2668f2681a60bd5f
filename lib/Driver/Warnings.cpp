//===- Warnings.cpp - The run's warnings, summarized ----------------------===//

#include "Driver/Warnings.h"

#include "llvm/ADT/MapVector.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/LineIterator.h"
#include "llvm/Support/MemoryBuffer.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>

namespace kbindgen::driver {

namespace {

constexpr size_t NamesShown = 4;

std::string location(const ir::Module &M, ir::ItemId Item) {
  if (!Item.isValid() || Item.Index >= M.Items.size())
    return "";
  const ir::SourceLoc &Loc = M.item(Item).Loc;
  if (Loc.File == ir::SourceLoc::InvalidFile || Loc.Line == 0)
    return "";
  return fmt::format("{}:{}:{}", M.fileName(Loc), Loc.Line, Loc.Column);
}

bool inSystemHeader(const ir::Module &M, ir::ItemId Item) {
  return Item.isValid() && Item.Index < M.Items.size() &&
         M.isSystemFile(M.item(Item).Loc.File);
}

/// `long double (10), a vector type (2)`, most frequent first; and the first
/// few names, in declaration order.
void summarizeRefusals(const ir::Module &M, const Analysis &A,
                       const std::vector<CallAbiRefusal> &Refusals,
                       std::string &Causes, std::string &Names) {
  llvm::MapVector<llvm::StringRef, size_t> CauseCounts;
  for (const CallAbiRefusal &R : Refusals)
    ++CauseCounts[R.Cause];
  std::vector<std::pair<llvm::StringRef, size_t>> Sorted(CauseCounts.begin(),
                                                         CauseCounts.end());
  std::stable_sort(
      Sorted.begin(), Sorted.end(),
      [](const auto &L, const auto &R) { return L.second > R.second; });
  for (const auto &[Cause, Count] : Sorted)
    Causes += fmt::format("{}{} ({})", Causes.empty() ? "" : ", ", Cause.str(),
                          Count);
  for (size_t I = 0; I < Refusals.size() && I < NamesShown; ++I)
    Names += (I ? ", " : "") + A.rustName(Refusals[I].Item);
  if (Refusals.size() > NamesShown)
    Names += ", ...";
}

void reportCallAbi(const ir::Module &M, const Analysis &A,
                   llvm::raw_ostream &OS) {
  if (!A.RefusedFunctions.empty()) {
    std::string Causes, Names;
    summarizeRefusals(M, A, A.RefusedFunctions, Causes, Names);
    size_t Count = A.RefusedFunctions.size();
    OS << fmt::format(
        "kbindgen: warning: {} function{} not emitted: {} call ABI passes "
        "{}, which Rust cannot express; `kbindgen explain NAME` for each: "
        "{}\n",
        Count, Count == 1 ? "" : "s", Count == 1 ? "its" : "their", Causes,
        Names);
  }
  if (!A.RefusedAbiOverrides.empty()) {
    std::string Causes, Names;
    summarizeRefusals(M, A, A.RefusedAbiOverrides, Causes, Names);
    size_t Count = A.RefusedAbiOverrides.size();
    OS << fmt::format(
        "kbindgen: warning: {} function{} not emitted: rustc refuses the ABI "
        "--override-abi asks for: {}; `kbindgen explain NAME` for each: {}\n",
        Count, Count == 1 ? "" : "s", Causes, Names);
  }
  if (!A.UncallablePointerTypes.empty()) {
    std::string Causes, Names;
    summarizeRefusals(M, A, A.UncallablePointerTypes, Causes, Names);
    size_t Count = A.UncallablePointerTypes.size();
    OS << fmt::format(
        "kbindgen: warning: {} function pointer type{} kept for {} layout, "
        "but calling through {} is wrong: {} call ABI passes {}, which Rust "
        "cannot express; `kbindgen explain NAME` for each: {}\n",
        Count, Count == 1 ? "" : "s", Count == 1 ? "its" : "their",
        Count == 1 ? "it" : "them", Count == 1 ? "its" : "their", Causes,
        Names);
  }
}

/// One kind of backend warning about items in system headers.
struct SystemSummary {
  size_t Count = 0;
  std::string FirstMessage;
  std::string FirstLocation;
};

/// --emit-diagnostics: the item's source line and a caret under its column,
/// as clang shows its own diagnostics. Nothing when the file cannot be read.
void printSourceLine(const ir::Module &M, ir::ItemId Item,
                     llvm::raw_ostream &OS) {
  if (!Item.isValid() || Item.Index >= M.Items.size())
    return;
  const ir::SourceLoc &Loc = M.item(Item).Loc;
  if (Loc.File == ir::SourceLoc::InvalidFile || Loc.Line == 0)
    return;
  auto Buffer = llvm::MemoryBuffer::getFile(M.fileName(Loc));
  if (!Buffer)
    return;
  llvm::line_iterator Lines(**Buffer, /*SkipBlanks=*/false);
  for (; !Lines.is_at_eof(); ++Lines) {
    if (static_cast<uint32_t>(Lines.line_number()) != Loc.Line)
      continue;
    llvm::StringRef Text = *Lines;
    OS << Text << '\n';
    // Tabs stay tabs so that the caret lines up in a terminal.
    for (size_t I = 0; I + 1 < Loc.Column && I < Text.size(); ++I)
      OS << (Text[I] == '\t' ? '\t' : ' ');
    OS << "^\n";
    return;
  }
}

void reportBackendWarnings(const ir::Module &M,
                           const std::vector<BackendWarning> &Warnings,
                           bool ShowSourceLines, llvm::raw_ostream &OS) {
  // A type is spelled once per use: say it once per item.
  std::set<std::pair<uint32_t, std::string>> Seen;
  llvm::MapVector<llvm::StringRef, SystemSummary> Summaries;
  for (const BackendWarning &W : Warnings) {
    if (!Seen.insert({W.Item.Index, W.Message}).second)
      continue;
    if (inSystemHeader(M, W.Item)) {
      SystemSummary &S =
          Summaries[W.Kind.empty() ? llvm::StringRef(W.Message) : W.Kind];
      if (S.Count++ == 0) {
        S.FirstMessage = W.Message;
        S.FirstLocation = location(M, W.Item);
      }
      continue;
    }
    std::string Loc = location(M, W.Item);
    OS << "kbindgen: warning: " << (Loc.empty() ? "" : Loc + ": ") << W.Message
       << '\n';
    if (ShowSourceLines)
      printSourceLine(M, W.Item, OS);
  }
  for (const auto &[Kind, S] : Summaries) {
    if (S.Count == 1) {
      OS << "kbindgen: warning: "
         << (S.FirstLocation.empty() ? "" : S.FirstLocation + ": ")
         << S.FirstMessage << '\n';
      continue;
    }
    OS << fmt::format("kbindgen: warning: {} declarations in system headers: "
                      "{} (the first at {})\n",
                      S.Count, Kind.str(), S.FirstLocation);
  }
}

} // namespace

void reportWarnings(const ir::Module &M, const Analysis &A,
                    const std::vector<BackendWarning> &BackendWarnings,
                    bool ShowSourceLines, llvm::raw_ostream &OS) {
  for (const UnusedRegex &Unused : A.UnusedRegexes)
    OS << "kbindgen: warning: " << Unused.Option << " '" << Unused.Pattern
       << "' matched nothing\n";
  reportCallAbi(M, A, OS);
  reportBackendWarnings(M, BackendWarnings, ShowSourceLines, OS);
}

} // namespace kbindgen::driver
