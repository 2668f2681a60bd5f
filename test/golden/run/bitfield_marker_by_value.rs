
fn main() {
    let made = unsafe { marked_make(3, -70_000_000_000, -12) };
    assert_eq!(made.c, 3);
    assert_eq!(made.b(), -70_000_000_000);
    assert_eq!(made.pad, [5, 6]);
    assert_eq!(made.i.s, -12);
    let mut sent = made;
    sent.c = 1;
    sent.set_b(1 << 38);
    sent.pad = [2, 4];
    sent.i.s = 300;
    assert_eq!(unsafe { marked_sum(sent) }, 1 + (1 << 38) + 2 + 4 + 300);
}
