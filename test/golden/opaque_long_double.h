// long double has no Rust equivalent: an opaque blob of clang's size (16) and
// alignment (16), and a warning. ld_identity is not emitted: its call ABI
// passes long double in x87 registers, the blob would go in integer ones.
// kbindgen-expect-warning: the type has no exact Rust equivalent
struct with_long_double {
  char tag;
  long double value;
};

long double ld_identity(long double x);
