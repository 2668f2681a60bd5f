// kbindgen-flags: --enable-function-attribute-detection
// warn_unused_result -> #[must_use] with --enable-function-attribute-detection.
__attribute__((warn_unused_result)) int must_check(void);
__attribute__((__warn_unused_result__)) void *must_check_ptr(int n);
int ignorable(void);
