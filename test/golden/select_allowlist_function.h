// kbindgen-flags: --allowlist-function api_.*
// --allowlist-function pulls in the types its prototypes need (recursively),
// and nothing else.
struct api_inner {
  int depth;
};

struct api_config {
  struct api_inner inner;
  const char *name;
};

typedef int api_status;

api_status api_open(const struct api_config *cfg);
void api_close(void);

struct unrelated {
  int z;
};
void not_in_api(struct unrelated *u);
#define SOME_MACRO 5
