// kbindgen-flags: --new-type-alias-deref 'meters|counter_t'
// --new-type-alias-deref REGEX: a newtype that also derefs (mutably) to the
// aliased type, so `*m + 1` and `*c += 1` work on it.
typedef double meters;
typedef unsigned int counter_t;
typedef unsigned int plain_t;
struct trip {
  meters distance;
  counter_t stops;
  plain_t id;
};
