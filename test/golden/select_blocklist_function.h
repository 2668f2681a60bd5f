// kbindgen-flags: --blocklist-function __list_.*_report|internal_.*
// --blocklist-function drops matching functions only (anchored regex).
int __list_add_report(int x);
int __list_del_report(int x);
int internal_helper(void);
int public_internal_helper(void);
int kept(void);
