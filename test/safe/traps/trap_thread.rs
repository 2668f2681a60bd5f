// expect: E0277
// The handle is not thread-safe: it must not cross threads.
pub fn trap(db: TrDb) {
    std::thread::spawn(move || drop(db));
}
