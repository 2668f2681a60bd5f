// trap: trap_nullable.rs. The next database belongs to the receiver (it is
// freed with it); open returns NULL for an empty name.
pub fn run() {
    assert!(TrDb::tr_db_open(c"").is_none());
    let mut db = TrDb::tr_db_open(c"x").expect("open");
    let raw = db.as_raw();
    let next = db.tr_db_next().expect("next");
    assert!(!next.as_raw().is_null() && next.as_raw() != raw);
    println!("next is lent, never freed by Rust");
}
