struct msg {
  char tag;
  char priority;
  int value;
};
