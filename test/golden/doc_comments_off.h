// kbindgen-flags: --no-doc-comments
// --no-doc-comments: the same kind of documented items, no docs in the output.

/** A documented struct. */
struct quiet {
  /** A documented field. */
  int field;
};

/// A documented function.
int quiet_fn(void);
