// Doc comments on items and fields are carried over as /// or #[doc].

/** A point in 2D space. */
struct doc_point {
  /** Horizontal coordinate. */
  int x;
  int y; /**< Vertical coordinate (trailing comment). */
};

/// Line-style doc comment on a function.
/// Second line of it.
int documented(int arg);

/** An enum with docs. */
enum doc_enum {
  /** The first one. */
  DOC_A,
  DOC_B, /**< The second one. */
};

/* An ordinary comment: not a doc comment. */
int undocumented(void);
