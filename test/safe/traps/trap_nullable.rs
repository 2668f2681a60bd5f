// expect: E0133
// A returned pointer whose NULL-ness and owner are guesses.
pub fn trap(db: &mut TrDb) {
    let _ = db.tr_db_next();
}
