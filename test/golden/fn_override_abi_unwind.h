// kbindgen-flags: --override-abi 'call_.*=C-unwind' --allowlist-function 'call_.*'
// --override-abi REGEX=C-unwind lets a Rust panic unwind through C frames:
// call_back calls a Rust function that panics, and Rust catches the panic
// around call_back (runcheck.fn_override_abi_unwind). With extern "C" the
// process aborts instead.
void rust_panics(int code);
int call_back(int code);
