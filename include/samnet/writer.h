/*
 * samnet/writer.h: where output goes.  Every table, export and report of
 * samnet can be written to a writer: an open FILE*, a growing buffer in
 * memory, or a callback, so that a language binding or a server gets the
 * bytes without a file.
 *
 * A writer is a stdio stream underneath (glibc's fopencookie for memory and
 * callbacks): sn_writer_stream() gives it to code that writes to a FILE*.
 * A write that fails (the callback returns non-zero, memory runs out, the
 * FILE* reports an error) makes the stream's error indicator stick:
 * sn_writer_flush() then reports SN_EIO, and the functions that write
 * through a writer report it too, so a truncated output never passes as
 * complete.
 *
 * Lifetime: opaque handle, sn_writer_file()/sn_writer_memory()/
 * sn_writer_callback() create, sn_writer_free() destroys (NULL is fine).
 * A writer is used by one thread at a time.
 */
#ifndef SAMNET_WRITER_H
#define SAMNET_WRITER_H

#include <stddef.h>
#include <stdio.h>

#include "samnet/error.h"
#include "samnet/table.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct sn_writer sn_writer_t;

/*
 * Receives `len` bytes (not NUL-terminated; `len` > 0) in order.  Returns
 * 0 when it took them all; non-zero makes the output fail with SN_EIO.
 */
typedef int (*sn_write_fn)(void *arg, const char *data, size_t len);

/*
 * A writer onto `fp` (borrowed: not closed by sn_writer_free(), which
 * flushes it).  SN_EINVAL when `fp` is NULL; SN_ENOMEM.
 */
sn_error_t sn_writer_file(sn_writer_t **out, FILE *fp);

/* A writer into a buffer in memory, read with sn_writer_data().  SN_ENOMEM. */
sn_error_t sn_writer_memory(sn_writer_t **out);

/*
 * A writer that hands its bytes to `fn(arg, ...)`, in chunks of any size,
 * at the latest when flushed.  SN_EINVAL when `fn` is NULL; SN_ENOMEM.
 */
sn_error_t sn_writer_callback(sn_writer_t **out, sn_write_fn fn, void *arg);

/*
 * Flushes the writer: SN_OK when every byte so far was written, else SN_EIO
 * ("write error"), also for an earlier failure; SN_ENOMEM when a memory
 * writer ran out of memory.
 */
sn_error_t sn_writer_flush(sn_writer_t *w);

/*
 * The bytes of a memory writer so far, NUL-terminated (a byte the output
 * holds may also be NUL: use *len_out), after a flush; borrowed until the
 * next write or sn_writer_free().  NULL (with *len_out 0) for another kind
 * of writer or when the flush fails.  `len_out` may be NULL.
 */
const char *sn_writer_data(sn_writer_t *w, size_t *len_out);

/*
 * The stdio stream the writer writes through (borrowed), for code that
 * writes to a FILE*.  Never NULL.
 */
FILE *sn_writer_stream(sn_writer_t *w);

/*
 * Flushes (ignoring failures: call sn_writer_flush() first to see them) and
 * frees the writer; a file writer leaves its FILE* open.  NULL is fine.
 */
void sn_writer_free(sn_writer_t *w);

/* sn_csv_field(), the one CSV/TSV field writer, is in samnet/table.h. */

#ifdef __cplusplus
}
#endif
#endif
