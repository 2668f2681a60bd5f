struct dev {
  int id;
};
int dev_open(struct dev *d);
