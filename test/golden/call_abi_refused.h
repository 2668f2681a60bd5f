// Functions whose call ABI Rust cannot express are not emitted (one summary
// warning, the reason in --emit-ir and `explain`): long double, vectors and
// _Complex travel in x87, vector or FP registers, their layout-only blobs in
// integer registers. Types, fields and variables keep their exact layout; a
// function pointer typedef keeps its layout and its reason says calling
// through it is wrong. What Rust can call stays (double, float, pointers to
// anything).
// kbindgen-expect-warning: functions not emitted: their call ABI passes ...
typedef float v4sf __attribute__((vector_size(16)));

struct with_long_double {
  char tag;
  long double value;
};
struct plain {
  double d;
  long double *through_pointer;
};

// Not emitted: by value, in registers Rust does not use for a blob.
long double ld_return(void);
void ld_param(int n, long double x);
v4sf vector_add(v4sf a, v4sf b);
_Complex double complex_conj(_Complex double z);
void complex_float_param(_Complex float z);
// A record passed by value is classified by its fields.
struct with_long_double record_return(void);
void record_param(struct with_long_double r);

// Emitted: nothing but doubles, pointers and records Rust passes as C does.
double d_identity(double x);
void ld_through_pointer(long double *out, const v4sf *in);
struct plain plain_return(struct plain p);

// Memory access, not a call: variables and fields keep their layout.
extern long double ld_var;
extern v4sf vector_var;
extern _Complex double complex_var;

// Function pointers keep their layout (the reason says calling is wrong).
typedef long double (*ld_callback)(long double);
typedef void (*vector_callback)(v4sf);
typedef double (*fine_callback)(double);
struct callbacks {
  ld_callback on_ld;
  fine_callback on_double;
};
