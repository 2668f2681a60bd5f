/* A small C library written for the safe-wrapper tests: owned, refcounted
   and embedded objects, a lock, -errno and code-style errors, buffer/length
   pairs, out-parameters and a callback. It counts what it frees so the Rust
   side can check that Drop ran. */
#ifndef SAFELIB_H
#define SAFELIB_H

#include <stddef.h>

/* How many objects the library has freed so far. */
unsigned sl_frees(void);

/* An owned byte buffer: create/destroy, -errno errors. */
struct sl_buffer;
struct sl_buffer *sl_buffer_create(size_t capacity);
void sl_buffer_destroy(struct sl_buffer *buf);
/* -ENOSPC when the bytes do not fit. */
int sl_buffer_append(struct sl_buffer *buf, const void *data, size_t len);
size_t sl_buffer_len(const struct sl_buffer *buf);
/* Copies bytes from offset; returns how many, or -EINVAL past the end. */
int sl_buffer_read(const struct sl_buffer *buf, size_t offset, void *out,
                   size_t out_len);
int sl_buffer_is_empty(const struct sl_buffer *buf);
const char *sl_buffer_name(const struct sl_buffer *buf);
int sl_buffer_set_name(struct sl_buffer *buf, const char *name);
int sl_buffer_stats(const struct sl_buffer *buf, size_t *len,
                    size_t *capacity);
/* Calls visit for each byte until it returns non-zero; returns that. */
int sl_buffer_foreach(const struct sl_buffer *buf,
                      int (*visit)(unsigned char byte, void *user),
                      void *user);

/* A reference-counted node: get/put, freed when the count drops to 0. */
struct sl_node;
struct sl_node *sl_node_new(int value);
/* ERR_PTR(-EINVAL) when text is not a number. */
struct sl_node *sl_node_parse(const char *text);
void sl_node_get(struct sl_node *node);
void sl_node_put(struct sl_node *node);
int sl_node_value(const struct sl_node *node);
unsigned sl_node_refcount(const struct sl_node *node);

/* A lock embedded in a counter. */
struct sl_lock {
  int locked;
  int acquisitions;
};
void sl_lock_init(struct sl_lock *lock);
void sl_lock_lock(struct sl_lock *lock);
void sl_lock_unlock(struct sl_lock *lock);
int sl_lock_trylock(struct sl_lock *lock);
int sl_lock_is_locked(const struct sl_lock *lock);

struct sl_counter {
  struct sl_lock lock;
  long total;
};
struct sl_counter *sl_counter_create(void);
void sl_counter_destroy(struct sl_counter *counter);
struct sl_lock *sl_counter_mutex(struct sl_counter *counter);
void sl_counter_add(struct sl_counter *counter, long amount);
long sl_counter_total(const struct sl_counter *counter);

/* A key-value store with its own error codes (0 is success). */
enum sl_status { SL_OK = 0, SL_NOT_FOUND = 1, SL_BAD_NAME = 2, SL_FULL = 3 };
struct sl_db;
int sl_db_open(const char *name, struct sl_db **out);
int sl_db_close(struct sl_db *db);
int sl_db_put(struct sl_db *db, int key, int value);
int sl_db_get(struct sl_db *db, int key, int *value);

#endif
