// explain: PAGE_SIZE BAD_MACRO MAX FLAG_ON EXTRA_FLAG notify_cb_t event -- --allowlist-var 'PAGE_.*' --allowlist-function register_.*
#define PAGE_SIZE 4096
#define BAD_MACRO (event_count() + 1)
#define MAX(a, b) ((a) > (b) ? (a) : (b))
#define EXTRA_FLAG 2
enum {
  FLAG_ON = 1,
};
struct event {
  int code;
};
typedef void (*notify_cb_t)(struct event *ev);
struct notifier {
  notify_cb_t call;
};
int register_notifier(int priority, struct notifier *);
