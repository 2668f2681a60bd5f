// kbindgen-flags: --default-alias-style new_type_deref --normal-alias 'plain_.*' --new-type-alias wrapped_t
// --normal-alias REGEX keeps the matching typedefs type aliases whatever the
// default style; bindgen's precedence is --normal-alias, --new-type-alias,
// --new-type-alias-deref, then the default.
typedef int plain_int;
typedef long plain_long;
typedef short wrapped_t;
typedef unsigned char deref_t;
struct mix {
  plain_int a;
  plain_long b;
  wrapped_t c;
  deref_t d;
};
