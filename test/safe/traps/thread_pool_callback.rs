// expect: E0277
// With the truthful rules: the pool keeps its callback and may call it from
// any thread, so a closure that is not Send + Sync must not be kept.
pub fn trap(pool: &mut TrPool) {
    let seen = std::rc::Rc::new(core::cell::Cell::new(0u32));
    pool.tr_pool_on_add(move |n| seen.set(seen.get() + n));
}
