// kbindgen-flags: --with-derive-default --rustified-enum .*
// Anonymous records nested deep enough that their generated names make the
// `pub struct NAME {` line wider than 100 columns: rustfmt then puts the
// brace on a line of its own, and so must kbindgen (the rustfmt test). An
// impl header that long (bitfield accessors, Default of a union) breaks
// before the self type; an enum header like a struct's.
struct a_rather_long_outer_structure_name {
  struct {
    struct {
      struct {
        union {
          struct {
            int leaf;
            unsigned flag : 1;
            enum { LEAF_A, LEAF_B } kind;
          } fifth;
          float other;
        } fourth;
      } third;
    } second;
  } first;
};
// Its third level's `pub struct NAME {` is 101 columns wide, the name
// alone fits: only the brace moves.
struct outer_name_sized_for_a_101_column_struct_headx {
  struct {
    struct {
      struct {
        int a;
        unsigned flag : 1;
      } third;
    } second;
  } first;
};
