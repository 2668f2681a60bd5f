// trap: trap_borrowed.rs. The name is borrowed from the database, which
// frees it when closed.
pub fn run() {
    let mut db = TrDb::tr_db_open(c"traps").expect("open");
    let name = db.tr_db_name().expect("name").to_bytes().to_vec();
    assert_eq!(name, b"traps");
    println!("name {:?}", String::from_utf8(name).unwrap());
}
