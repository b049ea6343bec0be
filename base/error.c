/* Error codes, the thread-local last-error message, and library setup. */
#include "config.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include <igraph.h>
#include <gsl/gsl_errno.h>

#include "samnet/error.h"

static _Thread_local char last_message[1024];

sn_error_t sn_error_set(sn_error_t code, const char *fmt, ...)
{
	char message[sizeof last_message];   /* the arguments may be the last message itself */
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(message, sizeof message, fmt, ap);
	va_end(ap);
	memcpy(last_message, message, sizeof message);
	return code;
}

const char *sn_error_last(void)
{
	return last_message;
}

void sn_error_clear(void)
{
	last_message[0] = '\0';
}

const char *sn_error_name(sn_error_t code)
{
	switch (code) {
	case SN_OK: return "success";
	case SN_ENOMEM: return "out of memory";
	case SN_EINVAL: return "invalid argument";
	case SN_EDATA: return "bad data";
	case SN_EIO: return "input/output error";
	case SN_ENUMERIC: return "numerical failure";
	case SN_ELIMIT: return "size limit exceeded";
	}
	return "unknown error";
}

/*
 * igraph and GSL abort the process on error by default.  These handlers
 * record the reason instead, in a buffer of its own rather than the last
 * message, so that a handler firing for an error its caller copes with never
 * replaces a message, and sn_error_from_igraph()/sn_error_from_gsl() use a
 * reason only when one was recorded since the last of them (never a stale
 * one).  igraph then unwinds its own FINALLY stack and returns the code.
 */
static _Thread_local char igraph_reason[512], gsl_reason[512];

/*
 * The handlers in force before sn_setup(), restored by the matching
 * sn_teardown().  igraph's handlers are per thread when igraph is built
 * thread-local, GSL's per process: set up and tear down from one thread.
 */
static igraph_error_handler_t *previous_igraph_error;
static igraph_warning_handler_t *previous_igraph_warning;
static gsl_error_handler_t *previous_gsl_error;
static unsigned setup_depth;

/* igraph's own handlers, which abort, print or ignore: a host handler is any other. */
static bool is_igraph_builtin(igraph_error_handler_t *h)
{
	return !h || h == igraph_error_handler_abort || h == igraph_error_handler_ignore ||
	       h == igraph_error_handler_printignore;
}

/* Records the reason, unwinds igraph's FINALLY stack, then passes the error to the host's handler. */
static void on_igraph_error(const char *reason, const char *file, int line,
			   igraph_error_t code)
{
	snprintf(igraph_reason, sizeof igraph_reason, "igraph: %s: %s", igraph_strerror(code),
		 reason);
	IGRAPH_FINALLY_FREE();
	if (!is_igraph_builtin(previous_igraph_error))
		previous_igraph_error(reason, file, line, code);
}

/*
 * Warnings go on to the host's own warning handler, if it installed one;
 * igraph's default prints to stderr, which a library must not do.
 */
static void on_igraph_warning(const char *reason, const char *file, int line)
{
	if (previous_igraph_warning && previous_igraph_warning != igraph_warning_handler_print)
		previous_igraph_warning(reason, file, line);
}

/* Records the reason, then passes the error to the host's handler (NULL: GSL's aborting default). */
static void on_gsl_error(const char *reason, const char *file, int line, int gsl_errno)
{
	snprintf(gsl_reason, sizeof gsl_reason, "%s", reason);
	if (previous_gsl_error)
		previous_gsl_error(reason, file, line, gsl_errno);
}

void sn_setup(void)
{
	if (setup_depth++ > 0)
		return;
	previous_igraph_error = igraph_set_error_handler(on_igraph_error);
	previous_igraph_warning = igraph_set_warning_handler(on_igraph_warning);
	previous_gsl_error = gsl_set_error_handler(on_gsl_error);
}

void sn_teardown(void)
{
	if (setup_depth == 0 || --setup_depth > 0)
		return;
	igraph_set_error_handler(previous_igraph_error);
	igraph_set_warning_handler(previous_igraph_warning);
	gsl_set_error_handler(previous_gsl_error);
}

/* The recorded reason of `buf` (then forgotten), or `fallback`, into out[size]. */
static void take_reason(char *out, size_t size, char *buf, const char *fallback)
{
	snprintf(out, size, "%s", buf[0] ? buf : fallback);
	buf[0] = '\0';
}

sn_error_t sn_error_from_igraph(int code, const char *what)
{
	char reason[sizeof igraph_reason + 64];
	char fallback[128];

	if (code == IGRAPH_SUCCESS)
		return SN_OK;
	snprintf(fallback, sizeof fallback, "igraph: %s", igraph_strerror(code));
	take_reason(reason, sizeof reason, igraph_reason, fallback);
	if (code == IGRAPH_ENOMEM)
		return sn_error_set(SN_ENOMEM, "%s: out of memory", what);
	return sn_error_set(code == IGRAPH_EINVAL ? SN_EINVAL : SN_ENUMERIC, "%s: %s", what, reason);
}

sn_error_t sn_error_from_gsl(int status, const char *what)
{
	char reason[sizeof gsl_reason];

	if (status == GSL_SUCCESS)
		return SN_OK;
	take_reason(reason, sizeof reason, gsl_reason, "");
	if (status == GSL_ENOMEM)
		return sn_error_set(SN_ENOMEM, "%s: out of memory", what);
	return sn_error_set(status == GSL_EINVAL || status == GSL_EDOM ? SN_EINVAL : SN_ENUMERIC,
			    "%s: %s%s%s", what, gsl_strerror(status), reason[0] ? ": " : "", reason);
}
