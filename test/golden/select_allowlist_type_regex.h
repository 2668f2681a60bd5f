// kbindgen-flags: --allowlist-type keep_.*|also
// --allowlist-type regexes are anchored: `also` does not match `also_not`
// or `not_also`; the alternation matches both families.
struct keep_me {
  int a;
};
struct keep_you {
  struct needed *p;
};
struct needed {
  int n;
};
struct also {
  int b;
};
struct also_not {
  int c;
};
struct not_also {
  int d;
};
struct dropped {
  int e;
};
void some_function(struct keep_me *k);
