// kbindgen-flags: --use-core --dynamic-loading MustUseLib --must-use-type mu_status --enable-function-attribute-detection --allowlist-function 'mu_.*'
// #[must_use] goes on the library struct's methods as on extern functions
// (bindgen does the same): a result of a --must-use-type type, or
// warn_unused_result under --enable-function-attribute-detection. A variadic
// function has no method (call its field), so nothing to mark.
typedef struct mu_status {
  int code;
} mu_status;

/// Opens the device.
mu_status mu_open(const char *path);
__attribute__((warn_unused_result)) int mu_read(int fd, void *buffer,
                                                unsigned long size);
void mu_close(int fd);
mu_status mu_log(const char *format, ...);
