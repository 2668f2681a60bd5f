// Functions returning function pointers, with and without a typedef.
typedef int (*binop)(int, int);
binop get_op(char symbol);
int (*get_op_raw(char symbol))(int, int);
void (*signal_like(int sig, void (*handler)(int)))(int);
