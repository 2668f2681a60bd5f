// kbindgen-flags: --must-use-type 'status_t|result|color|token' --rustified-enum color --new-type-alias token --enable-function-attribute-detection
// --must-use-type REGEX: #[must_use] on the matching structs, unions, Rust
// enums and newtypes (a type alias cannot carry it), and on each function
// returning a matching type by name; a function that is also
// warn_unused_result still gets one #[must_use]. A pointer to a matching type,
// or an unmatched typedef of it, does not count (bindgen's rule).
typedef int status_t;
typedef int token;
struct result {
  int code;
};
typedef struct result result_alias;
enum color { RED, GREEN };
status_t device_reset(void);
struct result device_query(void);
__attribute__((warn_unused_result)) status_t device_sync(void);
__attribute__((warn_unused_result)) int device_count(void);
struct result *device_last(void);
result_alias device_alias(void);
enum color device_color(void);
token device_token(void);
int device_plain(void);
