// The default non-Copy union style: members read and written through
// __BindgenUnionField share the union's storage.
fn main() {
    let mut m: message = unsafe { std::mem::zeroed() };
    assert_eq!(std::mem::size_of::<message>(), 16);
    unsafe {
        m.p.as_mut().words = [1, 2, 3, 4];
        assert_eq!(m.bytes.as_ref()[0], 1);
        assert_eq!(m.bytes.as_ref()[4], 2);
        *m.tag.as_mut() = -1;
        assert_eq!(m.p.as_ref().words[0], -1);
        assert_eq!(m.p.as_ref().words[1], -1);
    }
    let s = simple { f: 1.0 };
    assert_eq!(unsafe { s.i }, 0x3f80_0000);
}
