
#[no_mangle]
pub extern "C-unwind" fn rust_panics(code: ::std::os::raw::c_int) {
    panic!("panic {code} from Rust, under C");
}

fn main() {
    // The default hook would print the expected panic on stderr.
    ::std::panic::set_hook(Box::new(|_| {}));
    let caught = ::std::panic::catch_unwind(|| unsafe { call_back(7) });
    let payload = caught.expect_err("the panic did not come back through C");
    let message = payload.downcast_ref::<String>().expect("a String payload");
    assert_eq!(message, "panic 7 from Rust, under C");
}
