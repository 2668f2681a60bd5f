// kbindgen-flags: --flexarray-dst --use-core --explicit-padding --rust-target 1.77
// --flexarray-dst with --use-core (core::alloc::Layout), at the oldest
// --rust-target it accepts (offset_of! is 1.77). With --explicit-padding the
// padding after the member is dropped: those bytes are its first elements,
// and Rust pads the sized form by itself. Long names break as rustfmt does.
struct padded_tail {
  long a;
  char c;
  short items[];
};

struct inner_padding {
  char c;
  double values[];
};

struct a_rather_long_struct_name_for_breaks {
  int n;
  unsigned long long a_long_member_name[];
};

struct two_dim {
  int rows;
  int cells[][4];
};

struct a_struct_with_a_rather_long_name_for_breaking {
  int n;
  unsigned long long items[];
};

struct tail_of_long_elements {
  int n;
  struct a_long_element_struct_name_for_tests {
    int k;
  } elements[];
};
