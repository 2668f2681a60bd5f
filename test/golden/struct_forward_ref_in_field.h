// A struct first named inside another struct's field (`struct b *p;`) is a
// file-scope type: it keeps its own name `b`, not `a_b`, whether it is later
// defined or stays incomplete. Very common in kernel headers.
struct a {
  struct b *p;
};
struct b {
  int x;
};

struct c {
  struct d *q;
};
void use_d(struct d *arg);
