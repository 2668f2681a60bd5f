// trap: trap_thread_share.rs. The rules say a pool is thread-safe
// (send+sync): four threads share it and add to it, its callback (Fn +
// Send + Sync) counts the adds, and another thread closes it.
pub fn run() {
    use std::sync::atomic::{AtomicU32, Ordering};
    use std::sync::Arc;
    let mut pool = TrPool::tr_pool_open().expect("open");
    let adds = Arc::new(AtomicU32::new(0));
    let counter = Arc::clone(&adds);
    pool.tr_pool_on_add(move |_| {
        counter.fetch_add(1, Ordering::Relaxed);
    });
    std::thread::scope(|s| {
        for n in 1..=4 {
            let pool = &pool;
            s.spawn(move || {
                for _ in 0..100 {
                    pool.tr_pool_add(n);
                }
            });
        }
    });
    let total = pool.tr_pool_total();
    assert_eq!(total, 1000);
    std::thread::spawn(move || drop(pool)).join().unwrap();
    assert_eq!(adds.load(Ordering::Relaxed), 400);
    println!("4 threads added {total} to one pool (400 callbacks); another closed it");
}
