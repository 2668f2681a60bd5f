// kbindgen-flags: --use-core --ctypes-prefix ffi
// ioctl numbers and constant builtins, evaluated by clang: the request code
// macros of a driver's uapi header (encoded like Linux's asm-generic ioctl.h),
// offsetof/sizeof/_Alignof, __builtin_* constant folding and ternaries.
struct sample {
  unsigned char tag;
  unsigned long long stamp;
  short values[3];
};

#define _IOC_NRBITS 8
#define _IOC_TYPEBITS 8
#define _IOC_SIZEBITS 14
#define _IOC_NRSHIFT 0
#define _IOC_TYPESHIFT (_IOC_NRSHIFT + _IOC_NRBITS)
#define _IOC_SIZESHIFT (_IOC_TYPESHIFT + _IOC_TYPEBITS)
#define _IOC_DIRSHIFT (_IOC_SIZESHIFT + _IOC_SIZEBITS)
#define _IOC_NONE 0U
#define _IOC_WRITE 1U
#define _IOC_READ 2U
#define _IOC(dir, type, nr, size)                                              \
  (((dir) << _IOC_DIRSHIFT) | ((type) << _IOC_TYPESHIFT) |                     \
   ((nr) << _IOC_NRSHIFT) | ((size) << _IOC_SIZESHIFT))
#define _IO(type, nr) _IOC(_IOC_NONE, (type), (nr), 0)
#define _IOR(type, nr, argtype) _IOC(_IOC_READ, (type), (nr), sizeof(argtype))
#define _IOW(type, nr, argtype) _IOC(_IOC_WRITE, (type), (nr), sizeof(argtype))
#define _IOWR(type, nr, argtype)                                               \
  _IOC(_IOC_READ | _IOC_WRITE, (type), (nr), sizeof(argtype))

#define SAMPLE_IOC_RESET _IO('U', 0)
#define SAMPLE_IOC_GET _IOR('U', 1, struct sample)
#define SAMPLE_IOC_SET _IOW('U', 2, struct sample)
#define SAMPLE_IOC_SWAP _IOWR('U', 3, int)

#define SAMPLE_STAMP_OFFSET __builtin_offsetof(struct sample, stamp)
#define SAMPLE_ALIGN _Alignof(struct sample)
#define SAMPLE_VALUES (sizeof(((struct sample *)0)->values) / sizeof(short))
#define HIGHEST_BIT (31 - __builtin_clz(0x1234u))
#define POPCOUNT __builtin_popcountll(0xF0F0F0F0F0F0F0F0ULL)
#define SWAPPED __builtin_bswap32(0x11223344u)
#define IS_CONSTANT __builtin_constant_p(42)
#define BIGGER (SAMPLE_ALIGN > 4 ? SAMPLE_ALIGN : 4)
#define ALL_ONES_64 (~0ULL)
#define MIN_64 (-9223372036854775807LL - 1)
