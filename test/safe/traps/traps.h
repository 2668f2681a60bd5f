/* A C library whose functions are traps for a safe-wrapper generator that
   guesses: each one would be unsound behind a safe fn wrapped by its shape
   and name alone. test/safe/run_traps.py checks that, without a rules file,
   no program using only the skeleton's safe API can reach them. */
#ifndef TRAPS_H
#define TRAPS_H
#include <stddef.h>
struct tr_db;
struct tr_db *tr_db_open(const char *name);
void tr_db_close(struct tr_db *db);
/* Keeps cb and user until the next tr_db_on_event: a retained callback. */
void tr_db_on_event(struct tr_db *db, void (*cb)(void *user, int event),
                    void *user);
/* Reads size * nitems bytes: the buffer is not `size` long. */
size_t tr_db_read(struct tr_db *db, void *buf, size_t size, size_t nitems);
/* The name lives in the database until tr_db_rename. */
const char *tr_db_name(struct tr_db *db);
/* Frees db. */
int tr_db_finish(struct tr_db *db);
/* NULL at the end; the next database is not the caller's. */
struct tr_db *tr_db_next(struct tr_db *db);

/* A database is not thread-safe: it uses scratch memory of the thread that
   opened it, freed when that thread exits. A pool is: every call takes its
   lock, so it may be moved to and shared with any thread. */
struct tr_pool;
struct tr_pool *tr_pool_open(void);
void tr_pool_close(struct tr_pool *pool);
void tr_pool_add(const struct tr_pool *pool, unsigned n);
unsigned long tr_pool_total(const struct tr_pool *pool);
/* Keeps cb and user until the pool is closed; tr_pool_add calls them. */
void tr_pool_on_add(struct tr_pool *pool, void (*cb)(void *user, unsigned n),
                    void *user);

/* Only integers, so Rust would call its wrapper Send: it is the calling
   thread's and must not cross threads. */
struct tr_stats {
  unsigned reads;
};
unsigned tr_stats_reads(const struct tr_stats *stats);
#endif
