/* Error codes, the thread-local last-error message, and library setup. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include <igraph.h>
#include <gsl/gsl_errno.h>

#include "samnet/error.h"

static _Thread_local char last_message[1024];

sn_error_t sn_error_set(sn_error_t code, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(last_message, sizeof last_message, fmt, ap);
	va_end(ap);
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
 * record the message instead; igraph then unwinds its own FINALLY stack and
 * returns the code to us.
 */
static void on_igraph_error(const char *reason, const char *file, int line,
			   igraph_error_t code)
{
	(void)file;
	(void)line;
	sn_error_set(SN_ENUMERIC, "igraph: %s: %s", igraph_strerror(code), reason);
	IGRAPH_FINALLY_FREE();
}

static void on_igraph_warning(const char *reason, const char *file, int line)
{
	(void)reason;
	(void)file;
	(void)line;
}

static void on_gsl_error(const char *reason, const char *file, int line, int gsl_errno)
{
	(void)file;
	(void)line;
	sn_error_set(SN_ENUMERIC, "GSL: %s: %s", gsl_strerror(gsl_errno), reason);
}

void sn_setup(void)
{
	igraph_set_error_handler(on_igraph_error);
	igraph_set_warning_handler(on_igraph_warning);
	gsl_set_error_handler(on_gsl_error);
}

sn_error_t sn_error_from_igraph(int code, const char *what)
{
	if (code == IGRAPH_SUCCESS)
		return SN_OK;
	if (code == IGRAPH_ENOMEM)
		return sn_error_set(SN_ENOMEM, "%s: out of memory", what);
	/* The handler above already stored igraph's reason; prefix the operation. */
	char reason[1024];
	snprintf(reason, sizeof reason, "%s", last_message);
	if (reason[0] == '\0')
		snprintf(reason, sizeof reason, "igraph: %s", igraph_strerror(code));
	return sn_error_set(code == IGRAPH_EINVAL ? SN_EINVAL : SN_ENUMERIC, "%s: %s", what, reason);
}

sn_error_t sn_error_from_gsl(int status, const char *what)
{
	if (status == GSL_SUCCESS)
		return SN_OK;
	if (status == GSL_ENOMEM)
		return sn_error_set(SN_ENOMEM, "%s: out of memory", what);
	return sn_error_set(status == GSL_EINVAL || status == GSL_EDOM ? SN_EINVAL : SN_ENUMERIC,
			    "%s: %s", what, gsl_strerror(status));
}
