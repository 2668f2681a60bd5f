// Repeated declarations must produce each Rust item once.
struct dup;
struct dup;
struct dup {
  int x;
};
struct dup;

typedef struct dup dup; /* typedef with the same name as the tag */
typedef struct same same;
struct same {
  int y;
};

int twice(int a);
int twice(int a);
extern int g_twice;
extern int g_twice;
typedef int repeated_t;
typedef int repeated_t;
