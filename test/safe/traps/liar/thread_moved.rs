// Compiled only with rules-wrong-thread.json, which says a database may move
// to another thread: it does not, since the opening thread's scratch memory
// is freed when that thread exits, so AddressSanitizer must report.
pub fn run() {
    let mut db = std::thread::spawn(|| TrDb::tr_db_open(c"x").expect("open"))
        .join()
        .unwrap();
    let mut v = vec![0u8; 4];
    assert_eq!(db.tr_db_read(&mut v, 4), 1);
}
