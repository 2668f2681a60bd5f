// trap: trap_open.rs. Open copies the name; the handle owns the database and
// tr_db_close frees it on drop.
pub fn run() {
    let name = std::ffi::CString::new("temporary").unwrap();
    let mut db = TrDb::tr_db_open(&name).expect("open");
    drop(name);
    assert_eq!(db.tr_db_name().unwrap().to_bytes(), b"temporary");
    println!("opened and dropped");
}
