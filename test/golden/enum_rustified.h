// kbindgen-flags: --rustified-enum .*
// --rustified-enum: #[repr(u32)] pub enum with variants; duplicate values
// become associated consts.
enum fruit {
  APPLE,
  BANANA = 3,
  CHERRY,
  PLANTAIN = BANANA,
};

enum fruit pick(enum fruit f);
