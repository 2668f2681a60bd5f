// kbindgen-flags: --merge-extern-blocks
// --merge-extern-blocks: all functions and globals in one extern block.
int first(void);
struct between {
  int x;
};
extern int var_one;
int second(int a);
extern const double var_two;
