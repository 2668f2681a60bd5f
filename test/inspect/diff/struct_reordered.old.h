struct header {
  unsigned short kind;
  unsigned short flags;
  unsigned int length;
};
