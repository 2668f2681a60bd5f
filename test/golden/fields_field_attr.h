// kbindgen-flags: --field-attr 'point::x=doc(alias = "abscissa")' --field-attr point::y=allow(dead_code) --field-attr 'point::y=#[doc(alias = "ordinate")]' --field-attr data::i=allow(dead_code) --field-attr handle::0=doc(hidden) --new-type-alias handle
// --field-attr TYPE::FIELD=ATTR puts #[ATTR] on that field (several on one
// field in command-line order; `#[...]` around ATTR is accepted); FIELD 0 is
// a newtype typedef's field.
struct point {
  int x;
  /// The second coordinate.
  int y;
  int z;
};
union data {
  int i;
  float f;
};
typedef int handle;
