// x86 floating types Rust has no stable type for: __float128 (clang 19 has
// no _Float128 and no __float80 in C; long double is x87's 80-bit type),
// _Float16 (SSE registers) and __bf16. Their functions are not emitted;
// fields and variables keep their layout. Other targets see an empty header.
// kbindgen-expect-warning: functions not emitted: their call ABI passes ...
#if defined(__x86_64__)
struct x86_floats {
  long double f80;
  __float128 f128;
  _Float16 f16;
  __bf16 bf16;
};

long double f80_return(void);
void f128_param(__float128 x);
_Float16 f16_identity(_Float16 x);
__bf16 bf16_return(void);
extern __float128 f128_var;
double still_callable(struct x86_floats *p);
#endif
