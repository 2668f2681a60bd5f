
// C allocates and fills a msg, Rust reads it through flex_ref; Rust
// allocates structs with layout(len) and fills them, C reads them.
fn main() {
    use ::std::os::raw::c_char;
    unsafe {
        let m = msg_new(5);
        let whole = (*m).flex_ref((*m).len as usize);
        assert_eq!(whole.tag, 0xab);
        assert_eq!(whole.payload.len(), 5);
        assert_eq!(whole.payload[4], b'e' as c_char);
        // The dynamically sized form covers the elements, as layout says.
        assert_eq!(
            ::std::mem::size_of_val(whole),
            msg::<[c_char]>::layout(5).size()
        );
        let (sized, len) = whole.fixed();
        assert!(::std::ptr::eq(sized, m) && len == 5);
        msg_free(m);

        let layout = msg::<[c_char]>::layout(7);
        assert!(layout.size() >= ::std::mem::size_of::<msg>() + 7);
        let p = ::std::alloc::alloc_zeroed(layout) as *mut msg;
        let built = msg::flex_ptr_mut(p, 7).assume_init();
        built.len = 7;
        for (i, e) in built.payload.iter_mut().enumerate() {
            *e = (i + 1) as c_char;
        }
        assert_eq!(msg_sum(p), 28);
        ::std::alloc::dealloc(p as *mut u8, layout);

        // The member starts in the sized form's tail padding.
        for n in 0..9u32 {
            let layout = padded_tail::<[i16]>::layout(n as usize);
            let c_size = padded_size(n) as usize;
            assert!(layout.size() >= c_size && layout.size() < c_size + 8);
            assert_eq!(layout.align(), ::std::mem::align_of::<padded_tail>());
            let p = ::std::alloc::alloc_zeroed(layout) as *mut padded_tail;
            let built = padded_tail::flex_ptr_mut(p, n as usize).assume_init();
            built.a = 100;
            built.c = 3;
            built.items.fill(-2);
            assert_eq!(padded_sum(p, n), 103 - 2 * n as ::std::os::raw::c_long);
            ::std::alloc::dealloc(p as *mut u8, layout);
        }
        assert_eq!(aligned_tail::<[i32]>::layout(3).align(), 64);
        assert_eq!(aligned_tail::<[i32]>::layout(3).size(), 64);
        assert_eq!(aligned_tail::<[i32]>::layout(16).size(), 128);
    }
    // Default is the sized form's, reachable without naming the parameter.
    let empty = msg::default();
    assert_eq!(format!("{:?}", empty), "msg { tag: 0, len: 0, payload: [] }");
}
