/* The library behind traps.h, built with AddressSanitizer by
   run_traps_asan.py. Each function does what traps.h says, so a wrapper
   that guessed wrong is caught: the callback fires after its registration
   returns (on every read and when the database is closed), a read fills
   size * nitems bytes, the name is freed with the database, finish frees
   it, each database uses scratch memory of the thread that opened it
   (freed when that thread exits), next returns a database the receiver
   owns, and a pool locks around every call (callbacks included). */
#include "traps.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

struct tr_db {
  char *name;
  void (*cb)(void *user, int event);
  void *user;
  struct tr_db *next;   /* owned: freed with this database */
  char *thread_scratch; /* the opening thread's, freed when it exits */
};

static pthread_key_t scratch_key;
static pthread_once_t scratch_once = PTHREAD_ONCE_INIT;

static void make_scratch_key(void) { pthread_key_create(&scratch_key, free); }

static char *thread_scratch(void) {
  pthread_once(&scratch_once, make_scratch_key);
  char *scratch = pthread_getspecific(scratch_key);
  if (!scratch) {
    scratch = calloc(1, 64);
    pthread_setspecific(scratch_key, scratch);
  }
  return scratch;
}

static struct tr_db *db_new(const char *name) {
  struct tr_db *db = calloc(1, sizeof *db);
  size_t len = strlen(name);
  db->name = malloc(len + 1);
  memcpy(db->name, name, len + 1);
  db->thread_scratch = thread_scratch();
  return db;
}

struct tr_db *tr_db_open(const char *name) {
  if (!name || !*name)
    return NULL;
  struct tr_db *db = db_new(name);
  db->next = db_new("next");
  return db;
}

static void db_free(struct tr_db *db) {
  if (db->cb)
    db->cb(db->user, 0);
  if (db->next)
    db_free(db->next);
  free(db->name);
  free(db);
}

void tr_db_close(struct tr_db *db) {
  if (db)
    db_free(db);
}

void tr_db_on_event(struct tr_db *db, void (*cb)(void *user, int event),
                    void *user) {
  db->cb = cb;
  db->user = user;
}

size_t tr_db_read(struct tr_db *db, void *buf, size_t size, size_t nitems) {
  /* Touches the opening thread's scratch: wrong from any other thread once
     that one has exited. */
  db->thread_scratch[0]++;
  memset(buf, 'r', size * nitems);
  if (db->cb)
    db->cb(db->user, 1);
  return nitems;
}

const char *tr_db_name(struct tr_db *db) { return db->name; }

int tr_db_finish(struct tr_db *db) {
  db_free(db);
  return 0;
}

struct tr_db *tr_db_next(struct tr_db *db) {
  return db->next;
}

struct tr_pool {
  pthread_mutex_t lock;
  unsigned long total;
  void (*cb)(void *user, unsigned n);
  void *user;
};

struct tr_pool *tr_pool_open(void) {
  struct tr_pool *pool = calloc(1, sizeof *pool);
  pthread_mutex_init(&pool->lock, NULL);
  return pool;
}

void tr_pool_close(struct tr_pool *pool) {
  if (!pool)
    return;
  pthread_mutex_destroy(&pool->lock);
  free(pool);
}

void tr_pool_add(const struct tr_pool *shared, unsigned n) {
  /* The pool is never const: the lock guards every change. */
  struct tr_pool *pool = (struct tr_pool *)shared;
  pthread_mutex_lock(&pool->lock);
  pool->total += n;
  if (pool->cb)
    pool->cb(pool->user, n);
  pthread_mutex_unlock(&pool->lock);
}

unsigned long tr_pool_total(const struct tr_pool *shared) {
  struct tr_pool *pool = (struct tr_pool *)shared;
  pthread_mutex_lock(&pool->lock);
  unsigned long total = pool->total;
  pthread_mutex_unlock(&pool->lock);
  return total;
}

void tr_pool_on_add(struct tr_pool *pool, void (*cb)(void *user, unsigned n),
                    void *user) {
  pthread_mutex_lock(&pool->lock);
  pool->cb = cb;
  pool->user = user;
  pthread_mutex_unlock(&pool->lock);
}

unsigned tr_stats_reads(const struct tr_stats *stats) { return stats->reads; }
