// kbindgen-flags: --wasm-import-module-name env
// --wasm-import-module-name NAME: #[link(wasm_import_module = "NAME")] on
// every extern block of functions (where wasm looks the imports up); not on
// the variables' blocks, as bindgen.
int host_log(const char *message, int level);
extern int host_flags;
void host_exit(int code);
