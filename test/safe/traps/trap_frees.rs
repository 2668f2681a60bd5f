// expect: E0133
// Frees the receiver; Drop would free it again.
pub fn trap(db: &mut TrDb) {
    db.tr_db_finish();
}
