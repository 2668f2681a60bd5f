// expect: E0308
// With the truthful rules: a lent handle cannot become an owned one (its
// Drop would free what the receiver frees again).
pub fn trap(db: &mut TrDb) {
    let next = db.tr_db_next().unwrap();
    let owned: TrDb = core::mem::ManuallyDrop::into_inner(next);
}
