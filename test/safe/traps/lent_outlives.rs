// expect: E0505
// With the truthful rules: the next database dies with its receiver, so the
// lent handle must not outlive it.
pub fn trap() {
    let mut db = TrDb::tr_db_open(c"x").unwrap();
    let next = db.tr_db_next().unwrap();
    drop(db);
    let _ = next.as_raw();
}
