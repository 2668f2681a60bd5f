// Acceptance test 1 of the safe wrapper skeletons: the program below uses
// only the safe API kbindgen generated (safe.rs) over the raw bindings
// (sys.rs) of safelib.h; its module forbids unsafe code. Each check prints
// `ok NAME` or `FAIL NAME`; the exit code is non-zero when one fails.

mod sys {
    #![allow(non_camel_case_types, non_upper_case_globals, non_snake_case, dead_code)]
    include!("sys.rs");
}

#[allow(dead_code)]
mod safe {
    include!("safe.rs");
}

mod program {
    #![forbid(unsafe_code)]

    use crate::safe::*;
    use std::ffi::CStr;

    include!("checks.rs");

    fn buffer(c: &mut Checks) {
        let frees = sl_frees();
        {
            let mut buf = SlBuffer::sl_buffer_create(8).expect("buffer");
            c.check("buffer.empty", buf.sl_buffer_is_empty());
            c.check("buffer.append", buf.sl_buffer_append(b"hello").is_ok());
            c.check("buffer.len", buf.sl_buffer_len() == 5);
            c.check("buffer.not_empty", !buf.sl_buffer_is_empty());
            // -ENOSPC comes back as Err with the C value.
            c.check(
                "buffer.append_enospc",
                buf.sl_buffer_append(b"world") == Err(Error(-28)),
            );
            let mut out = [0u8; 3];
            c.check("buffer.read", buf.sl_buffer_read(1, &mut out) == Ok(3));
            c.check("buffer.read_bytes", &out == b"ell");
            c.check("buffer.read_einval", buf.sl_buffer_read(9, &mut out) == Err(Error(-22)));
            c.check("buffer.stats", buf.sl_buffer_stats() == Ok((5, 8)));
            let name: &CStr = c"renamed";
            c.check("buffer.set_name", buf.sl_buffer_set_name(name).is_ok());
            c.check("buffer.name", buf.sl_buffer_name() == Some(name));
            let long = c"a name much longer than thirty-two bytes";
            c.check("buffer.set_name_too_long", buf.sl_buffer_set_name(long).is_err());
            let mut sum = 0u32;
            let all = buf.sl_buffer_foreach(|byte| {
                sum += byte as u32;
                0
            });
            c.check("callback.ok", all.is_ok());
            c.check("callback.sum", sum == b"hello".iter().map(|&b| b as u32).sum::<u32>());
            let mut seen = 0;
            let stopped = buf.sl_buffer_foreach(|byte| {
                seen += 1;
                if byte == b'l' { -5 } else { 0 }
            });
            c.check("callback.err", stopped == Err(Error(-5)) && seen == 3);
            c.check("buffer.not_freed_yet", sl_frees() == frees);
        }
        c.check("buffer.drop_frees", sl_frees() == frees + 1);
    }

    fn node(c: &mut Checks) {
        let frees = sl_frees();
        let first = SlNode::sl_node_new(42).expect("node");
        c.check("node.value", first.sl_node_value() == 42);
        let second = first.clone();
        c.check("node.clone_gets", first.sl_node_refcount() == 2);
        drop(first);
        c.check("node.drop_puts", second.sl_node_refcount() == 1 && sl_frees() == frees);
        drop(second);
        c.check("node.last_put_frees", sl_frees() == frees + 1);
        let parsed = SlNode::sl_node_parse(c"17");
        c.check("err_ptr.ok", parsed.as_ref().map(|n| n.sl_node_value()) == Ok(17));
        drop(parsed);
        c.check("err_ptr.err", SlNode::sl_node_parse(c"x").err() == Some(Error(-22)));
        c.check("node.parse_frees", sl_frees() == frees + 2);
    }

    fn counter(c: &mut Checks) {
        let frees = sl_frees();
        {
            let mut counter = SlCounter::sl_counter_create().expect("counter");
            counter.sl_counter_add(5);
            counter.sl_counter_add(-2);
            c.check("counter.total", counter.sl_counter_total() == 3);
            let lock = counter.sl_counter_mutex().expect("embedded lock");
            c.check("lock.unlocked", !lock.sl_lock_is_locked());
            {
                let _guard = lock.sl_lock_lock();
                c.check("lock.locked", lock.sl_lock_is_locked());
                c.check("lock.trylock_busy", lock.sl_lock_trylock().is_none());
            }
            c.check("lock.guard_unlocks", !lock.sl_lock_is_locked());
            let guard = lock.sl_lock_trylock();
            c.check("lock.trylock_free", guard.is_some() && lock.sl_lock_is_locked());
            drop(guard);
            c.check("lock.trylock_guard_unlocks", !lock.sl_lock_is_locked());
        }
        c.check("counter.drop_frees", sl_frees() == frees + 1);
    }

    fn db(c: &mut Checks) {
        let frees = sl_frees();
        // Code-style errors (the rules file says non-zero is a code).
        c.check("db.open_bad_name", SlDb::sl_db_open(c"").err() == Some(Error(2)));
        {
            let mut db = SlDb::sl_db_open(c"kv").expect("db");
            c.check("db.put", db.sl_db_put(1, 10).is_ok());
            c.check("db.get_out_param", db.sl_db_get(1) == Ok(10));
            c.check("db.get_not_found", db.sl_db_get(2) == Err(Error(1)));
            for key in 2..5 {
                let _ = db.sl_db_put(key, key);
            }
            c.check("db.full", db.sl_db_put(9, 9) == Err(Error(3)));
        }
        c.check("db.drop_closes", sl_frees() == frees + 1);
    }

    pub fn run() -> Checks {
        let mut c = Checks { passed: 0, failed: 0 };
        buffer(&mut c);
        node(&mut c);
        counter(&mut c);
        db(&mut c);
        c
    }
}

fn main() {
    let checks = program::run();
    println!("{} passed, {} failed", checks.passed, checks.failed);
    std::process::exit(if checks.failed == 0 { 0 } else { 1 });
}
