//===- gen_wrappers.cpp - C wrappers of a header, without the driver ------===//
//
//   kbindgen-gen-wrappers HEADER OUT.c [--kernel-names] [--suffix S]
//                         [-- CLANG_ARGS...]
//
// Parses HEADER with the real frontend, selects every static function (the
// analysis will do that once --wrap-static-fns is wired through the driver)
// and writes emitCWrappers' output to OUT.c. Exit 1 on any failure.
//
//===----------------------------------------------------------------------===//

#include "kbindgen/Analysis.h"
#include "kbindgen/Backends.h"
#include "kbindgen/Frontend.h"
#include "kbindgen/Options.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"

using namespace kbindgen;

namespace {

/// Every static function emitted, in declaration order; everything else not
/// selected (the wrapper writer only looks at functions).
Analysis selectStaticFunctions(const ir::Module &M) {
  Analysis A;
  A.Decisions.resize(M.Items.size());
  A.RustNames.resize(M.Items.size());
  for (uint32_t I = 0; I < M.Items.size(); ++I) {
    const ir::Item &Item = M.Items[I];
    A.RustNames[I] = Item.Name;
    const ir::Function *Function = Item.getIf<ir::Function>();
    if (!Function || !Function->IsStatic)
      continue;
    A.Decisions[I].Kind = Disposition::Emit;
    A.EmitOrder.push_back(ir::ItemId{I});
  }
  return A;
}

int usage() {
  llvm::errs() << "usage: kbindgen-gen-wrappers HEADER OUT.c [--kernel-names] "
                  "[--suffix S] [-- CLANG_ARGS...]\n";
  return 1;
}

} // namespace

int main(int argc, char **argv) {
  if (argc < 3)
    return usage();
  Options Opts;
  Opts.WrapStaticFns = true;
  Opts.HeaderPath = argv[1];
  Opts.WrapStaticFnsPath = argv[2];
  FrontendInput Input;
  Input.Path = argv[1];
  for (int I = 3; I < argc; ++I) {
    llvm::StringRef Arg = argv[I];
    if (Arg == "--kernel-names") {
      Opts.WrapStaticFnsKernelNames = true;
    } else if (Arg == "--suffix" && I + 1 < argc) {
      Opts.WrapStaticFnsSuffix = argv[++I];
    } else if (Arg == "--") {
      Input.ClangArgs.assign(argv + I + 1, argv + argc);
      break;
    } else {
      return usage();
    }
  }

  llvm::Expected<ir::Module> M = parseHeader(Input, llvm::errs());
  if (!M) {
    llvm::errs() << "kbindgen-gen-wrappers: " << llvm::toString(M.takeError())
                 << "\n";
    return 1;
  }
  std::error_code EC;
  llvm::raw_fd_ostream OS(Opts.WrapStaticFnsPath, EC);
  if (EC) {
    llvm::errs() << "kbindgen-gen-wrappers: " << Opts.WrapStaticFnsPath << ": "
                 << EC.message() << "\n";
    return 1;
  }
  emitCWrappers(*M, selectStaticFunctions(*M), Opts, OS);
  return 0;
}
