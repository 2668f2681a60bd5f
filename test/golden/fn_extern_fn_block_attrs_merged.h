// kbindgen-flags: --merge-extern-blocks --wasm-import-module-name env --extern-fn-block-attrs 'allow(improper_ctypes)'
// Merged extern blocks keep the function blocks' attributes
// (--wasm-import-module-name, --extern-fn-block-attrs): the functions share
// one block with them, the variables one without.
int first(int x);
extern int counter;
void second(void);
extern const int limit;
