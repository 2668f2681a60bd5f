// Each renamed accessor reaches its own bits: set_a is bit 0, a bits 1-3,
// a_raw bits 4-5, new_bitfield_1 bit 6 of byte 0, type bits 0-1 of byte 8
// (clang's layout on the x86_64 host).
fn bytes(c: &clash) -> [u8; 12] {
    unsafe { core::mem::transmute_copy(c) }
}

fn main() {
    assert_eq!(core::mem::size_of::<clash>(), 12);
    let mut c = clash::default();
    c.set_set_a(1);
    c.set_a_(5);
    c.set_a_raw(2);
    c.set_new_bitfield_1(1);
    c.set_type(3);
    c.after = -1;
    assert_eq!(bytes(&c)[0], 1 | 5 << 1 | 2 << 4 | 1 << 6);
    assert_eq!(bytes(&c)[8], 3);
    assert_eq!((c.set_a(), c.a(), c.a_raw(), c.new_bitfield_1_()), (1, 5, 2, 1));
    assert_eq!(c.type_(), 3);
    unsafe {
        assert_eq!(clash::set_a_raw_(&c), 1);
        assert_eq!(clash::a_raw_(&c), 5);
        assert_eq!(clash::a_raw_raw(&c), 2);
        assert_eq!(clash::new_bitfield_1__raw(&c), 1);
        clash::set_set_a_raw(&mut c, 0);
        clash::set_a__raw(&mut c, 3);
        clash::set_a_raw_raw(&mut c, 1);
        clash::set_new_bitfield_1_raw(&mut c, 0);
        clash::set_type_raw(&mut c, 1);
        assert_eq!(clash::type__raw(&c), 1);
    }
    assert_eq!(bytes(&c)[0], 3 << 1 | 1 << 4);
    assert_eq!(bytes(&c)[8], 1);
    let mut d = clash::default();
    d._bitfield_1 = clash::new_bitfield_1(1, 5, 2, 1);
    d._bitfield_2 = clash::new_bitfield_2(3);
    assert_eq!(bytes(&d)[0], 1 | 5 << 1 | 2 << 4 | 1 << 6);
    assert_eq!(bytes(&d)[8], 3);
    let mut e = _u00e9_t_u00e9_::default();
    e.set__u00e9_(9);
    assert_eq!(e._u00e9_(), 9);
}
