// Rust rejects non-ASCII names in `extern` blocks (and kbindgen keeps every
// name ASCII): each other code point becomes `_uXXXX_`; functions and
// globals keep their C symbol through #[link_name]. A C name that is the
// escape already keeps it; the escaped one takes one more `_`.
int été(int x);
int \u00e9t\u00e9_bis(void);
extern int größe;
struct café {
  int naïve;
};
typedef struct café café_t;
enum état { prêt, fini };
#define DÉBUT 1
int _u00e9_t_u00e9_(void);
struct café *café_new(café_t *modèle, enum état);
