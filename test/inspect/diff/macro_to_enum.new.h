enum {
  FLOW_TCP = 1,
  FLOW_UDP = 3,
};
