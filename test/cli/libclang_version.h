/* The kernel's libclang probe: clang prints its version as a warning. */
#pragma message("clang version " __clang_version__)
