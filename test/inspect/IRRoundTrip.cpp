//===- IRRoundTrip.cpp - Read a JSON IR and write it again ----------------===//
//
// `kbindgen-ir-roundtrip IN.json OUT.json`: the irreader tests compare OUT
// with IN byte for byte; any fact the reader drops or alters shows up.
//
//===----------------------------------------------------------------------===//

#include "kbindgen/Backends/Backends.h"
#include "kbindgen/Serialization/IRReader.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

int main(int argc, char **argv) {
  if (argc != 3) {
    llvm::errs() << "usage: kbindgen-ir-roundtrip IN.json OUT.json\n";
    return 1;
  }
  auto Buffer = llvm::MemoryBuffer::getFile(argv[1]);
  if (!Buffer) {
    llvm::errs() << argv[1] << ": " << Buffer.getError().message() << "\n";
    return 1;
  }
  auto IR = kbindgen::readIRJson((*Buffer)->getBuffer(), argv[1]);
  if (!IR) {
    llvm::errs() << llvm::toString(IR.takeError()) << "\n";
    return 1;
  }
  std::error_code EC;
  llvm::raw_fd_ostream OS(argv[2], EC, llvm::sys::fs::OF_None);
  if (EC) {
    llvm::errs() << argv[2] << ": " << EC.message() << "\n";
    return 1;
  }
  kbindgen::emitJson(IR->Module, IR->Decisions, OS);
  return 0;
}
