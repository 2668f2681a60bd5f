// Array fields: one-dimensional, multi-dimensional, of pointers, of structs.
struct vec3 {
  float v[3];
};

struct arrays {
  int one[4];
  char name[16];
  double matrix[3][4];
  unsigned char cube[2][3][4];
  int *ptrs[2];
  struct vec3 points[2];
  const char *names[3];
};
