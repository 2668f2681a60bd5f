
// The plain inline definition and the one with a non-extern inline
// declaration have symbols under GNU rules.
fn main() {
    unsafe {
        assert_eq!(inl_plain(40), 41);
        assert_eq!(inl_extern_decl(40), 43);
    }
}
