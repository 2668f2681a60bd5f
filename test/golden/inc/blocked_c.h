// Included by select_blocklist_file.h: everything here is blocklisted.
struct from_c {
  int c;
};
int c_function(void);
