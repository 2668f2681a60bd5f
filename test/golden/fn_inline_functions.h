// kbindgen-flags: --generate-inline-functions --allowlist-function 'inl_.*'
// kbindgen-check-symbols
// --generate-inline-functions binds the non-static inline functions whose
// definition gives them a symbol in every unit that includes this header
// (C11 6.7.4p7): one declaration is extern, or not inline. A definition that
// is only inline (inl_only) is an inline definition: no symbol, not bound.
// gnu_inline follows GNU rules: plain inline has a symbol, extern inline has
// none. static inline needs --wrap-static-fns.
inline int inl_only(int x) { return x + 1; }
inline int inl_with_extern(int x) { return x + 2; }
extern int inl_with_extern(int x);
int inl_declared_first(int x);
inline int inl_declared_first(int x) { return x + 3; }
extern inline int inl_extern_inline(int x) { return x + 4; }
__attribute__((gnu_inline)) inline int inl_gnu_plain(int x) { return x + 5; }
__attribute__((gnu_inline)) extern inline int inl_gnu_extern(int x) {
  return x + 6;
}
static inline int inl_static(int x) { return x + 7; }
int inl_regular(int x);
