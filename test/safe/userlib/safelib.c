#include "safelib.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static unsigned frees;

unsigned sl_frees(void) { return frees; }

struct sl_buffer {
  size_t len, capacity;
  char name[32];
  unsigned char *bytes;
};

struct sl_buffer *sl_buffer_create(size_t capacity) {
  struct sl_buffer *buf = calloc(1, sizeof *buf);
  if (!buf)
    return NULL;
  buf->bytes = malloc(capacity ? capacity : 1);
  buf->capacity = capacity;
  strcpy(buf->name, "buffer");
  return buf;
}

void sl_buffer_destroy(struct sl_buffer *buf) {
  free(buf->bytes);
  free(buf);
  ++frees;
}

int sl_buffer_append(struct sl_buffer *buf, const void *data, size_t len) {
  if (buf->len + len > buf->capacity)
    return -ENOSPC;
  memcpy(buf->bytes + buf->len, data, len);
  buf->len += len;
  return 0;
}

size_t sl_buffer_len(const struct sl_buffer *buf) { return buf->len; }

int sl_buffer_read(const struct sl_buffer *buf, size_t offset, void *out,
                   size_t out_len) {
  if (offset > buf->len)
    return -EINVAL;
  size_t n = buf->len - offset < out_len ? buf->len - offset : out_len;
  memcpy(out, buf->bytes + offset, n);
  return (int)n;
}

int sl_buffer_is_empty(const struct sl_buffer *buf) { return buf->len == 0; }

const char *sl_buffer_name(const struct sl_buffer *buf) { return buf->name; }

int sl_buffer_set_name(struct sl_buffer *buf, const char *name) {
  if (strlen(name) >= sizeof buf->name)
    return -ENAMETOOLONG;
  strcpy(buf->name, name);
  return 0;
}

int sl_buffer_stats(const struct sl_buffer *buf, size_t *len,
                    size_t *capacity) {
  *len = buf->len;
  *capacity = buf->capacity;
  return 0;
}

int sl_buffer_foreach(const struct sl_buffer *buf,
                      int (*visit)(unsigned char byte, void *user),
                      void *user) {
  for (size_t i = 0; i < buf->len; ++i) {
    int ret = visit(buf->bytes[i], user);
    if (ret)
      return ret;
  }
  return 0;
}

struct sl_node {
  int value;
  unsigned refcount;
};

struct sl_node *sl_node_new(int value) {
  struct sl_node *node = malloc(sizeof *node);
  if (!node)
    return NULL;
  node->value = value;
  node->refcount = 1;
  return node;
}

struct sl_node *sl_node_parse(const char *text) {
  char *end;
  long value = strtol(text, &end, 10);
  if (!*text || *end)
    return (struct sl_node *)(intptr_t)-EINVAL;
  return sl_node_new((int)value);
}

void sl_node_get(struct sl_node *node) { ++node->refcount; }

void sl_node_put(struct sl_node *node) {
  if (--node->refcount == 0) {
    free(node);
    ++frees;
  }
}

int sl_node_value(const struct sl_node *node) { return node->value; }

unsigned sl_node_refcount(const struct sl_node *node) {
  return node->refcount;
}

void sl_lock_init(struct sl_lock *lock) {
  lock->locked = 0;
  lock->acquisitions = 0;
}

void sl_lock_lock(struct sl_lock *lock) {
  lock->locked = 1;
  ++lock->acquisitions;
}

void sl_lock_unlock(struct sl_lock *lock) { lock->locked = 0; }

int sl_lock_trylock(struct sl_lock *lock) {
  if (lock->locked)
    return 0;
  sl_lock_lock(lock);
  return 1;
}

int sl_lock_is_locked(const struct sl_lock *lock) { return lock->locked; }

struct sl_counter *sl_counter_create(void) {
  struct sl_counter *counter = malloc(sizeof *counter);
  if (!counter)
    return NULL;
  sl_lock_init(&counter->lock);
  counter->total = 0;
  return counter;
}

void sl_counter_destroy(struct sl_counter *counter) {
  free(counter);
  ++frees;
}

struct sl_lock *sl_counter_mutex(struct sl_counter *counter) {
  return &counter->lock;
}

void sl_counter_add(struct sl_counter *counter, long amount) {
  counter->total += amount;
}

long sl_counter_total(const struct sl_counter *counter) {
  return counter->total;
}

struct sl_db {
  int keys[4], values[4];
  int used;
};

int sl_db_open(const char *name, struct sl_db **out) {
  if (!*name)
    return SL_BAD_NAME;
  *out = calloc(1, sizeof **out);
  return SL_OK;
}

int sl_db_close(struct sl_db *db) {
  free(db);
  ++frees;
  return SL_OK;
}

int sl_db_put(struct sl_db *db, int key, int value) {
  if (db->used == 4)
    return SL_FULL;
  db->keys[db->used] = key;
  db->values[db->used++] = value;
  return SL_OK;
}

int sl_db_get(struct sl_db *db, int key, int *value) {
  for (int i = 0; i < db->used; ++i)
    if (db->keys[i] == key) {
      *value = db->values[i];
      return SL_OK;
    }
  return SL_NOT_FOUND;
}
