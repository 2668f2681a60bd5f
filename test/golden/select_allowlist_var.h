// kbindgen-flags: --allowlist-var cfg_.*|VERSION_.*
// --allowlist-var: globals and macro constants matching the regex, plus the
// types their declarations need; functions and other types are dropped.
struct cfg_table {
  int entries;
};
extern struct cfg_table cfg_main;
extern int cfg_count;
extern int other_var;
#define VERSION_MAJOR 2
#define UNRELATED 9
int cfg_function(void);
