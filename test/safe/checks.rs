// The tally every safe-skeleton test program keeps: one `ok NAME` or
// `FAIL NAME` line per check, read by test/support/harness.py
// (run_checks_program). Included into each program's `forbid(unsafe_code)`
// module; run_safe.py copies it beside main.rs.

pub struct Checks {
    pub passed: u32,
    pub failed: u32,
}

impl Checks {
    fn check(&mut self, name: &str, ok: bool) {
        if ok {
            self.passed += 1;
            println!("ok {name}");
        } else {
            self.failed += 1;
            println!("FAIL {name}");
        }
    }
}
