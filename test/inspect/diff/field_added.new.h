struct point {
  int x;
  int y;
  int z;
};
int use_point(struct point *p);
