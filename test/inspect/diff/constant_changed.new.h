#define RING_SIZE 512
#define RING_NAME "ring"
