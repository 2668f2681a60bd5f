//===- ManPage.h - kbindgen(1), generated from the tables ------*- C++ -*-===//
//
// `kbindgen --generate-man-page` prints the manual page as roff: the build
// runs it, so the installed page lists exactly the options the parser takes.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_LIB_DRIVER_MANPAGE_H
#define KBINDGEN_LIB_DRIVER_MANPAGE_H

#include "llvm/Support/raw_ostream.h"

namespace kbindgen::driver {

/// kbindgen(1): one page, with a section per subcommand.
void printManPage(llvm::raw_ostream &OS);

} // namespace kbindgen::driver

#endif // KBINDGEN_LIB_DRIVER_MANPAGE_H
