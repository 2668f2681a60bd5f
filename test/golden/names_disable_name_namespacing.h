// kbindgen-flags: --disable-name-namespacing
// --disable-name-namespacing only drops C++ namespaces from names. C has
// none, so the names are exactly those without the option: nested records
// keep outer_inner (that is --disable-nested-struct-naming's business).
struct outer {
  struct inner {
    int x;
  } in;
};
int use_outer(struct outer *o);
