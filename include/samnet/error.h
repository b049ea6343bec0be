/*
 * samnet/error.h: error codes, the last-error message and process setup.
 *
 * Every fallible function returns an sn_error_t: SN_OK (0) on success or one
 * of the negative codes below.  The function that detects a problem sets a
 * one-line, impersonal message with sn_error_set(); callers pass the code up
 * unchanged and never overwrite the message.  The message is thread-local.
 */
#ifndef SAMNET_ERROR_H
#define SAMNET_ERROR_H

#include <stdarg.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
	SN_OK = 0,
	SN_ENOMEM = -1,   /* out of memory */
	SN_EINVAL = -2,   /* invalid argument or option (a usage error) */
	SN_EDATA = -3,    /* input data is malformed or inconsistent */
	SN_EIO = -4,      /* a file could not be read or written */
	SN_ENUMERIC = -5, /* a computation failed: overflow, no convergence */
	SN_ELIMIT = -6    /* the problem exceeds a size limit */
} sn_error_t;

/*
 * Sets the last-error message (printf-style) and returns `code`, so that a
 * detecting function can write `return sn_error_set(SN_EDATA, "...")`.
 * The message is truncated to 1023 bytes.  An argument may be
 * sn_error_last() itself, to extend the last message
 * (`sn_error_set(err, "%s; or ...", sn_error_last())`).
 */
sn_error_t sn_error_set(sn_error_t code, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* The last message set in this thread (borrowed; "" when none). */
const char *sn_error_last(void);

/* Clears the last-error message of this thread. */
void sn_error_clear(void);

/* A short constant name for a code: "out of memory", "bad data", ... */
const char *sn_error_name(sn_error_t code);

/*
 * Installs igraph and GSL error handlers that record the reason instead of
 * aborting the process (read by sn_error_from_igraph() and
 * sn_error_from_gsl()), and an igraph warning handler that prints nothing;
 * seeds nothing.  They chain: an error or warning goes on to the handler
 * the host had installed before, unless that is igraph's or GSL's default
 * (abort, print, ignore).  A host handler then also sees the igraph and
 * GSL errors that samnet copes with (and reports as an sn_error_t or not at
 * all), after igraph's FINALLY stack is unwound; it must return, not abort
 * or jump, for samnet to clean up.  Call before any other function.  The handlers in force
 * before are kept and put back by sn_teardown(): calls nest, and only the
 * outermost pair installs and restores, so that a host program (or a
 * binding) gets its own handlers back.  Call sn_setup() and sn_teardown()
 * from one thread, not while samnet runs elsewhere.
 */
void sn_setup(void);

/* Restores the handlers sn_setup() replaced (the outermost call); harmless without setup. */
void sn_teardown(void);

/*
 * Maps an igraph error code to an sn_error_t and sets the message "WHAT:
 * REASON" when `code` is not IGRAPH_SUCCESS: igraph's reason when its error
 * handler recorded one since the last call (then consumed), else igraph's
 * name of the code, never an older message.  `what` names the operation
 * ("betweenness").  Returns SN_OK for IGRAPH_SUCCESS.
 */
sn_error_t sn_error_from_igraph(int code, const char *what);

/* Maps a GSL status code the same way ("WHAT: NAME[: REASON]"); GSL_SUCCESS gives SN_OK. */
sn_error_t sn_error_from_gsl(int status, const char *what);

#ifdef __cplusplus
}
#endif
#endif
