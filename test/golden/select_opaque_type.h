// kbindgen-flags: --opaque-type spinlock|xregs_.*
// --opaque-type: matching types become blobs with the same size and alignment;
// structs containing them keep their layout.
struct spinlock {
  int raw;
  char owner[6];
};

struct xregs_state {
  long long regs[3];
  char flag;
};

struct uses_opaque {
  char c;
  struct spinlock lock;
  struct xregs_state xs;
};
