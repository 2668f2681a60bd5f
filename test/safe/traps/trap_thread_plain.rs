// expect: E0277
// A handle over a C struct of integers only is not thread-safe by that:
// lending it mutably to another thread must not compile.
pub fn trap(stats: &mut TrStats) {
    std::thread::scope(|s| {
        s.spawn(move || stats.tr_stats_reads());
    });
}
