struct counter {
  int hits;
  int misses;
};
