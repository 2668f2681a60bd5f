
// Calls each bound inline function through its symbol in the C object.
fn main() {
    unsafe {
        assert_eq!(inl_with_extern(40), 42);
        assert_eq!(inl_declared_first(40), 43);
        assert_eq!(inl_extern_inline(40), 44);
        assert_eq!(inl_gnu_plain(40), 45);
        assert_eq!(inl_regular(40), 48);
    }
}
