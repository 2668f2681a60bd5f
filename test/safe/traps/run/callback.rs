// trap: trap_callback.rs. C keeps the closure after tr_db_on_event returns
// and calls it on every read and once more while the database is closed.
pub fn run() {
    let events = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
    let mut db = TrDb::tr_db_open(c"x").expect("open");
    let seen = events.clone();
    let big = vec![7u8; 64];
    db.tr_db_on_event(move |e| seen.borrow_mut().push((e, big[63], big.len())));
    let mut v = vec![0u8; 8];
    db.tr_db_read(&mut v, 1);
    db.tr_db_read(&mut v, 1);
    assert_eq!(*events.borrow(), [(1, 7, 64), (1, 7, 64)]);
    drop(db);
    assert_eq!(events.borrow().last(), Some(&(0, 7, 64)));
    println!("callback fired {} times after registration", events.borrow().len());
}
