// kbindgen-flags: -- -fms-extensions -Wno-microsoft-anon-tag
// -fms-extensions (the kernel's C since 6.19): a tagged type named without a
// declarator in a record body is an unnamed member whose fields are the
// record's own in C. It must be a real member (`__bindgen_anon_N`, as bindgen
// names anonymous members), not padding; C11 anonymous members keep their
// numbering in declaration order around it.
struct ns_tree {
  int node;
  unsigned long id;
};

struct ns_common {
  int count;
  struct ns_tree;
  union {
    int u;
    float f;
  };
  long x;
};

union ns_pick {
  struct ns_tree;
  char raw[24];
};

// Without -fms-extensions this line would declare nothing; with it, a tagged
// definition inside a body is a member too.
struct ns_outer {
  struct ns_inner {
    short a;
  };
  char tail;
};
