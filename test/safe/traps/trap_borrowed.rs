// expect: E0133
// A string borrowed from C whose lifetime the skeleton only guessed.
pub fn trap(db: &mut TrDb) {
    let _ = db.tr_db_name();
}
