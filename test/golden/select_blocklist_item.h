// kbindgen-flags: --blocklist-item VM_.*|ARCH_SLAB_MINALIGN|blocked_var
// --blocklist-item: any item kind (macro constants, vars) matching the regex.
#define VM_READ 0x1
#define VM_WRITE 0x2
#define ARCH_SLAB_MINALIGN 8
#define KEPT_CONST 3
extern int blocked_var;
extern int kept_var;
