// A Rust keyword is escaped with `_`; when the escape is already the C name
// of a neighbour, the neighbour keeps its name and the keyword takes one
// more `_`. Fields, bitfields, enumerators, functions, parameters, globals,
// types and macros alike: every item is emitted, and the output compiles.
struct kw_fields {
  int type;
  int type_;
  int type__;
  unsigned match : 3;
  unsigned match_ : 2;
};

/* Enumerators of an unnamed enum are top-level constants: `box` yields to
   the global `box_`, `in` to its neighbour `in_`. */
enum { box, in, in_ };
extern int box_;
enum kw_enum { kw_in, kw_in_ };

extern int loop;
extern int loop_;
int fn(int type, int type_);
int fn_(int self);

struct type_ {
  int a;
};
typedef struct type_ *type;
typedef int move;
typedef int move_;

#define ref 1
#define ref_ 2
