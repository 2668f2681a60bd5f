// expect: E0277
// Nothing says a pool may be used from several threads at once: sharing it
// must not compile.
pub fn trap(pool: &TrPool) {
    std::thread::scope(|s| {
        s.spawn(|| pool.tr_pool_total());
    });
}
