struct dev {
  int id;
};
int dev_open(struct dev *d);
void dev_close(struct dev *d);
enum dev_flags {
  DEV_FAST = 1,
};
