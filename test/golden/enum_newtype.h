// kbindgen-flags: --newtype-enum lru_status
// --newtype-enum: a tuple struct with associated consts (the kernel uses this
// for lru_status); other enums keep the default style.
enum lru_status {
  LRU_REMOVED,
  LRU_REMOVED_RETRY,
  LRU_ROTATE,
  LRU_SKIP,
  LRU_RETRY,
};

enum other_enum { OTHER_A, OTHER_B };
