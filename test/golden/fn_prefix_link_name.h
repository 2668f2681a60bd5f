// kbindgen-flags: --prefix-link-name mylib_
// --prefix-link-name PREFIX: each function and variable links to the symbol
// PREFIX + its C name (#[link_name = "\u{1}..."], no platform prefix added);
// it replaces an asm label, as in bindgen.
int compute(int x);
extern int counter;
void type(void);
int labelled(void) __asm__("real_symbol");
