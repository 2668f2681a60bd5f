// _Bool bitfields: accessors take and return bool.
struct bool_bits {
  _Bool enabled : 1;
  _Bool visible : 1;
  unsigned int level : 3;
  _Bool dirty : 1;
};
