// typedef chains: each alias refers to the previous one.
typedef int base_t;
typedef base_t level1_t;
typedef level1_t level2_t;
typedef unsigned long long u64_t;
typedef u64_t handle_id;

struct rec {
  int v;
};
typedef struct rec rec_t;
typedef rec_t rec_alias;

level2_t use_chain(handle_id id, rec_alias *r);
