// explain: mutex lock_class task__bindgen_ty_1 list_head spinlock_t raw_lock -- --allowlist-type task --blocklist-type spinlock_t --opaque-type mutex
struct list_head {
  struct list_head *next, *prev;
};
struct lock_class {
  int key;
};
struct mutex {
  struct lock_class *cls;
  int owner;
};
struct raw_lock {
  int value;
};
typedef struct raw_lock spinlock_t;
struct task {
  struct mutex lock;
  spinlock_t guard;
  struct list_head tasks;
  struct {
    int state;
  } inner;
};
