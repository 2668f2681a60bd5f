// Global function pointer variables.
extern void (*on_exit_hook)(int status);
extern int (*const dispatch)(void *);
typedef void (*handler_t)(void);
extern handler_t handlers[4];
