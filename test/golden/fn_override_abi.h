// kbindgen-flags: --override-abi 'may_unwind_.*=C-unwind' --override-abi 'may_unwind_first|os_.*=system' --override-abi 'ms_tick=win64' --override-abi 'x86_only=stdcall' -- --target=x86_64-linux-gnu
// kbindgen-expect-warning
// --override-abi REGEX=ABI (bindgen's order): the functions whose C name
// matches are written in extern "ABI" blocks. The first rule given wins
// (may_unwind_first is C-unwind, not system). ms_tick: win64 is not the C
// convention clang reports for it on Linux, a warning. x86_only: rustc has
// no extern "stdcall" on x86_64, so the function is refused (not emitted)
// with a warning. Variables and the other functions stay extern "C".
int may_unwind_parse(const char *text);
void may_unwind_first(void);
int os_version(void);
long ms_tick(long x);
int x86_only(int a);
int plain(int a);
extern int plain_counter;
