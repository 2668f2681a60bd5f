// expect: E0277
// With the truthful rules: a database still must not cross threads (the
// rules give tr_db no thread_safe).
pub fn trap(db: TrDb) {
    std::thread::spawn(move || drop(db));
}
