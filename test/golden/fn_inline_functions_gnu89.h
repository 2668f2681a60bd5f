// kbindgen-flags: --generate-inline-functions --allowlist-function 'inl_.*' -- -std=gnu89
// kbindgen-check-symbols
// Under GNU inline semantics (-std=gnu89, or -fgnu89-inline) the rules are
// the other way round: a plain inline definition has a symbol, an extern
// inline one is only for inlining and has none.
inline int inl_plain(int x) { return x + 1; }
extern inline int inl_extern_inline(int x) { return x + 2; }
inline int inl_extern_decl(int x);
extern inline int inl_extern_decl(int x) { return x + 3; }
