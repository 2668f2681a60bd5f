// Parameter names that are Rust keywords must be escaped.
void keywords(int type, int match, int fn, int ref, int in, int loop, int move);
int self_like(int self, int super, int crate, int async, int await, int dyn);
void more(int impl, int mod, int pub, int use, int where, int yield, int try);
