// Global variables: extern mutable -> pub static mut, const -> pub static.
extern int counter;
extern const int limit;
extern double ratio;
extern const char *const banner;
extern char *mutable_name;
struct conf {
  int a;
};
extern struct conf global_conf;
extern const struct conf default_conf;
