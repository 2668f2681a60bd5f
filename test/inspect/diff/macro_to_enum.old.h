#define FLOW_TCP 1
#define FLOW_UDP 2
