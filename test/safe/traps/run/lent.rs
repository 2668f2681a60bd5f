// trap: lent_twice.rs. With "lends_unique", the next database is lent as
// BorrowedMut: its `&mut` methods run on it (the read fires no callback of
// the receiver's), and it is freed only with its receiver.
pub fn run() {
    let mut db = TrDb::tr_db_open(c"x").expect("open");
    let mut next = db.tr_db_next().expect("next");
    let mut v = vec![0u8; 6];
    assert_eq!(next.tr_db_read(&mut v, 3), 2);
    assert_eq!(next.tr_db_name().unwrap().to_bytes(), b"next");
    assert!(next.tr_db_next().is_none());
    drop(db);
    println!("read 2 items of 3 bytes through the lent database");
}
