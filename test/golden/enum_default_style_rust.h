// kbindgen-flags: --default-enum-style=rust
// --default-enum-style=rust (the `--opt=value` form): every enum is a Rust
// enum.
enum dir { NORTH, EAST, SOUTH, WEST };
enum small { S_ONE = 1, S_TWO = 2 };
