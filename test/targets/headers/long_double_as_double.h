// long double is 8 bytes with double's format and calling convention on
// 32-bit arm (AAPCS): it binds as f64 there and is refused where it is x87
// (x86), IEEE quad (aarch64, riscv64, loongarch64, s390x) or double-double
// (powerpc), whose call ABI Rust cannot express.
// clang-format off
// kbindgen-target-expect armv7: pub fn ld_scale(value: f64, factor: f64) -> f64;
// kbindgen-target-expect armv7: pub weight: f64,
// kbindgen-target-expect x86_64: pub struct ld_holder
// kbindgen-target-absent x86_64: pub fn ld_scale
// clang-format on
struct ld_holder {
  long double weight;
  int count;
};
long double ld_scale(long double value, long double factor);
