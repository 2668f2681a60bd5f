// expect: E0133
// A closure C keeps after the call returns would dangle.
pub fn trap(db: &mut TrDb) {
    let big = vec![1u8; 64];
    db.tr_db_on_event(move |e| drop((big.len(), e)));
}
