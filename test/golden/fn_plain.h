// Plain function declarations: void, scalars, struct pointers, by-value
// structs.
struct pair {
  int a;
  int b;
};

void init(void);
int add(int a, int b);
double scale(double x, float f);
struct pair make_pair(int a, int b);
unsigned long long checksum(const unsigned char *data, unsigned long len);
_Bool is_ready(void);
