// typedefs of array types, including multi-dimensional and as parameters.
typedef int vec4[4];
typedef float mat3[3][3];
typedef unsigned char mac_addr[6];

struct device {
  mac_addr mac;
  mat3 transform;
};

void fill(vec4 v, const mat3 m);
