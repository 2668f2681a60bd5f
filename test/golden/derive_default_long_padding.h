// kbindgen-flags: --with-derive-default
// Padding the layout plan adds to reach an over-aligned member (LoongArch's
// irq_cpustat_t, issue 16) is a byte array; longer than 32 bytes it has no
// Default, so the record gets the zeroed impl instead of the derive.
struct cacheline_stat {
  unsigned int ipi_irqs[4];
  unsigned int softirq_pending;
  int message __attribute__((aligned(64)));
} __attribute__((aligned(64)));

// 32 bytes of padding still derive Default.
struct short_padding {
  int a[8];
  int b __attribute__((aligned(64)));
};

// Contains the first: derives Default through its impl.
struct holds_stat {
  struct cacheline_stat stat;
  int count;
};
