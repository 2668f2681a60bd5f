//===- FuzzIRReader.cpp - libFuzzer target: the JSON IR reader ------------===//
//
// Input: a JSON IR, as `explain --ir FILE` reads it. It is refused with a
// message naming the file, or accepted; an accepted IR goes through what
// the inspections do with it (explain every item, lay out every complete
// record, diff it against itself, write it back), which must not crash:
// the verifier's acceptance is what they rely on. Written back and read
// again, the IR must be the same (the writer and the reader agree).
//
//===----------------------------------------------------------------------===//

#include "FuzzInput.h"

#include "kbindgen/Inspect/Diff.h"
#include "kbindgen/Inspect/Explain.h"
#include "kbindgen/Inspect/Layout.h"
#include "kbindgen/Serialization/IRReader.h"
#include "kbindgen/Serialization/IRWriter.h"

#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdio>
#include <cstdlib>

using namespace kbindgen;

namespace {

[[noreturn]] void fail(const char *What, const std::string &Detail) {
  std::fprintf(stderr, "IR reader fuzzer: %s\n%s\n", What, Detail.c_str());
  std::abort();
}

std::string written(const AnalysedModule &IR) {
  std::string Text;
  llvm::raw_string_ostream OS(Text);
  writeIRJson(IR.Module, IR.Decisions, OS);
  return Text;
}

void inspect(const AnalysedModule &IR) {
  std::string Sink;
  llvm::raw_string_ostream OS(Sink);
  std::vector<Explanation> Explanations;
  for (const ir::Item &Item : IR.Module.Items) {
    if (Item.Name.empty())
      continue;
    Explanations.push_back(explainItem(IR, Item.Name));
    printExplanation(IR, Explanations.back(), OS);
  }
  printExplanationsJson(IR, Explanations, OS);

  std::vector<layout::RecordLayout> Layouts;
  layout::RecordIndex Index(IR.Module, IR.Decisions);
  for (const ir::Item &Item : IR.Module.Items) {
    if (Item.kind() != ir::ItemKind::Record || Item.Name.empty())
      continue;
    auto Id = Index.find(Item.Name);
    if (!Id) {
      llvm::consumeError(Id.takeError());
      continue;
    }
    Layouts.push_back(layout::computeLayout(IR.Module, IR.Decisions, *Id));
  }
  layout::printLayoutText(Layouts, OS);
  layout::writeLayoutJson(Layouts, OS);

  IRDiff Diff = diffModules(IR, IR);
  printDiff(Diff, OS);
  printDiffJson(Diff, OS);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  if (Size > 65536)
    return -1;
  auto IR = readIRJson(fuzz::asText(Data, Size), "fuzz.json");
  if (!IR) {
    std::string Message = llvm::toString(IR.takeError());
    if (!llvm::StringRef(Message).starts_with("fuzz.json: "))
      fail("a refusal that does not name the file", Message);
    return 0;
  }
  inspect(*IR);

  std::string First = written(*IR);
  auto Again = readIRJson(First, "rewritten.json");
  if (!Again)
    fail("the IR written back is refused", llvm::toString(Again.takeError()));
  std::string Second = written(*Again);
  if (First != Second)
    fail("writing the IR read back changes it", First + "\n---\n" + Second);
  return 0;
}
