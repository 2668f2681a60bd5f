// kbindgen-flags: --extern-fn-block-attrs '#[cfg(not(miri))]' --extern-fn-block-attrs 'allow(clippy::missing_safety_doc)'
// --extern-fn-block-attrs ATTR: each attribute goes on every extern block of
// functions, as written (#[...]) or wrapped in #[...]. Blocks of variables
// get none (bindgen's behaviour: the option is about function blocks).
int first(int x);
extern int counter;
void second(void);
