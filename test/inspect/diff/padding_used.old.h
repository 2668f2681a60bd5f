struct msg {
  char tag;
  int value;
};
