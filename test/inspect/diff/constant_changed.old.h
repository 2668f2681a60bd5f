#define RING_SIZE 256
#define RING_NAME "ring"
