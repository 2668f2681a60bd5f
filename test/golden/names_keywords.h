// Rust keywords as struct, field, function and typedef names get a trailing
// `_`.
struct type {
  int match;
  int fn;
  int ref;
  int in;
  int loop;
  int self;
  int impl;
  int mod;
  int box;
};

struct move {
  struct type as;
};

typedef int where;
typedef int dyn;

int async(int await);
void unsafe(void);
extern int super;
extern int crate;
