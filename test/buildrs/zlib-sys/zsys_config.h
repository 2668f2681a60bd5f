/* Included by wrapper.h: the test touches it to see the bindings remade. */
#define ZSYS_COMPRESSION_LEVEL 9
