// expect: E0499
// With the truthful rules (lends_unique): while one lent database is in use
// the receiver cannot lend it again, so its `&mut` methods never alias.
pub fn trap(db: &mut TrDb) {
    let mut first = db.tr_db_next().unwrap();
    let second = db.tr_db_next().unwrap();
    first.tr_db_read(&mut [0u8; 4], 4);
    drop(second);
}
