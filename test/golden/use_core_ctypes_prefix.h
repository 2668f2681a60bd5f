// kbindgen-flags: --use-core --ctypes-prefix ffi
// --use-core --ctypes-prefix ffi (the kernel's form): C types as ffi::c_int
// etc., core:: paths everywhere; the compile harness provides `mod ffi`.
struct ctypes {
  char c;
  signed char sc;
  unsigned char uc;
  short s;
  unsigned short us;
  int i;
  unsigned u;
  long l;
  unsigned long ul;
  long long ll;
  unsigned long long ull;
  float f;
  double d;
  void *p;
  unsigned char flex[];
};

int ctypes_fn(const char *s, long n);
