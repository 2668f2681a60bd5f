struct header {
  unsigned short flags;
  unsigned short kind;
  unsigned int length;
};
