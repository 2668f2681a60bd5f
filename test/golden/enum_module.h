// kbindgen-flags: --constified-enum-module level
// --constified-enum-module: `pub mod level { pub type Type = ...; pub const X:
// Type = ...; }` and uses of the enum refer to level::Type.
enum level {
  LOW,
  MID = 10,
  HIGH,
};

struct config {
  enum level lvl;
};

enum level current_level(void);
