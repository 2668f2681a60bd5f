// expect: E0596
// With the truthful rules: swapping an owned handle into a lent one would
// hand the receiver's database out as owned.
pub fn trap(db: &mut TrDb, mut other: TrDb) {
    let mut next = db.tr_db_next().unwrap();
    core::mem::swap(&mut *next, &mut other);
}
