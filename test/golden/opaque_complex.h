// _Complex types: bindgen's __BindgenComplex<T> or an opaque blob of the same layout.
struct with_complex {
  char c;
  _Complex double z;
  _Complex float w;
};
