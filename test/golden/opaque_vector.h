// Vector types (__attribute__((vector_size(16)))): opaque, size and align 16.
// kbindgen-expect-warning: the type has no exact Rust equivalent
typedef int v4si __attribute__((vector_size(16)));
typedef float v4sf __attribute__((vector_size(16)));

struct with_vectors {
  char c;
  v4si ints;
  v4sf floats;
};
