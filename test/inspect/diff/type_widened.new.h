struct counter {
  long hits;
  int misses;
};
