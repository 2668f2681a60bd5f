// _Complex types: bindgen's __BindgenComplex<T> or an opaque blob of the same
// layout.
// kbindgen-expect-warning: the type has no exact Rust equivalent
struct with_complex {
  char c;
  _Complex double z;
  _Complex float w;
};
