// kbindgen-flags: --new-type-alias 'handle_t|cb_t'
// --new-type-alias REGEX: only the matching typedefs become newtypes; the
// others stay type aliases.
typedef unsigned long handle_t;
typedef int (*cb_t)(void *arg);
typedef unsigned long other_t;
struct device {
  handle_t handle;
  cb_t probe;
  other_t flags;
};
handle_t open_device(const char *path, cb_t probe);
