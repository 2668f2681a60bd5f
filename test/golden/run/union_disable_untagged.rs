// The members of an emulated union share its storage: a write through one
// (as_mut) is read through another (as_ref), as in a C union.
fn main() {
    let mut n = number::default();
    assert_eq!(std::mem::size_of::<number>(), 4);
    unsafe {
        *n.f.as_mut() = 1.0;
        assert_eq!(*n.i.as_ref(), 0x3f80_0000);
        *n.i.as_mut() = 0x4000_0000;
        assert_eq!(*n.f.as_ref(), 2.0);
    }
    let mut w = wide::default();
    assert_eq!(std::mem::size_of::<wide>(), 16);
    assert_eq!(std::mem::align_of::<wide>(), 8);
    unsafe {
        *w.ll.as_mut() = 0x0807_0605_0403_0201;
        assert_eq!(w.bytes.as_ref()[..8], [1, 2, 3, 4, 5, 6, 7, 8]);
    }
    let mut t = tagged::default();
    unsafe {
        *t.__bindgen_anon_1.d.as_mut() = 0.5;
        assert_eq!(*t.__bindgen_anon_1.s.as_ref(), 0);
        *t.n.i.as_mut() = 0x3f80_0000;
        assert_eq!(*t.n.f.as_ref(), 1.0);
    }
    let copy = t;
    assert_eq!(unsafe { *copy.n.f.as_ref() }, 1.0);
}
