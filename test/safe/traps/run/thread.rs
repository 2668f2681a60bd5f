// trap: trap_thread.rs. A database uses scratch memory of the thread that
// opened it, freed when that thread exits. The handle is not Send, so a
// thread that wants one opens, uses and closes its own.
pub fn run() {
    let worker = std::thread::spawn(|| {
        let mut db = TrDb::tr_db_open(c"x").expect("open");
        let mut v = vec![0u8; 4];
        db.tr_db_read(&mut v, 4)
    });
    assert_eq!(worker.join().unwrap(), 1);
    let mut db = TrDb::tr_db_open(c"y").expect("open");
    let mut v = vec![0u8; 4];
    assert_eq!(db.tr_db_read(&mut v, 2), 2);
    println!("each thread used its own database");
}
