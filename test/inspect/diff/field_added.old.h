struct point {
  int x;
  int y;
};
int use_point(struct point *p);
