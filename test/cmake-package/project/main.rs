// Calls the C library through the bindings kbindgen_generate made.
#![allow(non_camel_case_types, dead_code)]

include!(env!("COUNTER_BINDINGS"));

fn main() {
    let mut c = counter { value: -1, step: 0 };
    unsafe { counter_init(&mut c, 3) };
    let values: Vec<i32> = (0..3).map(|_| unsafe { counter_next(&mut c) }).collect();
    assert_eq!(values, [3, 6, 9]);
    println!("counter from Rust: {:?}", values);
}
