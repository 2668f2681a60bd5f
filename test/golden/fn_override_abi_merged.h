// kbindgen-flags: --merge-extern-blocks --override-abi 'cb_.*=C-unwind' --override-abi 'sys_.*=system'
// With --merge-extern-blocks there is one extern block per ABI, in the
// place of the first item that goes to it, so the grouping is
// deterministic: C (variables and plain functions), C-unwind, system.
extern int counter;
int cb_first(int x);
int plain_first(void);
int sys_first(void);
int cb_second(int x);
int plain_second(void);
int sys_second(void);
