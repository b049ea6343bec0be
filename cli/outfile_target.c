/*
 * What an -o path is (the rules of cli.h): its classification, the name of
 * the temporary file written beside it, opening a FIFO, device, socket or
 * descriptor in place, and refusing an output that is an input.  Writing
 * and the atomic rename are in cli/outfile.c.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include "cli/cli.h"
#include "cli/outfile.h"

/* ---- classification -------------------------------------------------------- */

/* N of "/dev/fd/N", "/proc/self/fd/N", 1 for "-" and "/dev/stdout", 2 for "/dev/stderr"; else -1. */
int cli_path_descriptor(const char *path)
{
	static const char *const prefixes[] = { "/dev/fd/", "/proc/self/fd/" };

	if (strcmp(path, "-") == 0 || strcmp(path, "/dev/stdout") == 0)
		return 1;
	if (strcmp(path, "/dev/stderr") == 0)
		return 2;
	for (size_t i = 0; i < 2; i++) {
		size_t n = strlen(prefixes[i]);
		char *end;
		long fd;

		if (strncmp(path, prefixes[i], n) != 0 || path[n] < '0' || path[n] > '9')
			continue;
		errno = 0;
		fd = strtol(path + n, &end, 10);
		if (*end == '\0' && errno == 0 && fd <= INT_MAX)
			return (int)fd;
	}
	return -1;
}

static cli_target_kind_t refuse(cli_target_t *t, const char *fmt, const char *arg)
{
	snprintf(t->reason, sizeof t->reason, fmt, arg);
	return t->kind = CLI_TARGET_REFUSED;
}

/* The rule for an existing regular file, root included: replaced only when it is ours and writable. */
static cli_target_kind_t classify_regular(cli_target_t *t, const struct stat *st, const char *resolved)
{
	char uid[32];

	if (st->st_uid != geteuid()) {
		snprintf(uid, sizeof uid, "%lu", (unsigned long)st->st_uid);
		return refuse(t, "belongs to another user (uid %s); samnet replaces only your own "
			      "files", uid);
	}
	if (!(st->st_mode & S_IWUSR))
		return refuse(t, "%s", "is read-only; samnet does not replace a file you may not write");
	if (faccessat(AT_FDCWD, resolved, W_OK, AT_EACCESS) != 0)
		return refuse(t, "%s", strerror(errno));
	if (!(t->path = strdup(resolved)))
		return refuse(t, "%s", "out of memory");
	t->mode = st->st_mode & 0777;
	return t->kind = CLI_TARGET_REPLACE;
}

cli_target_kind_t cli_target_classify(cli_target_t *t, const char *path)
{
	struct stat lst, st;
	bool link;

	memset(t, 0, sizeof *t);
	t->fd = -1;
	t->mode = 0777;
	if (!path || !*path)
		return refuse(t, "%s", "an empty file name");
	if ((t->fd = cli_path_descriptor(path)) >= 0) {
		if (fcntl(t->fd, F_GETFL) < 0)
			return refuse(t, "%s", "not an open file descriptor");
		return t->kind = CLI_TARGET_DESCRIPTOR;
	}
	if (path[strlen(path) - 1] == '/')
		return refuse(t, "%s", "names a folder; give a file name");
	if (lstat(path, &lst) != 0) {
		if (errno != ENOENT)
			return refuse(t, "%s", strerror(errno));
		if (!(t->path = strdup(path)))
			return refuse(t, "%s", "out of memory");
		return t->kind = CLI_TARGET_NEW;
	}
	link = S_ISLNK(lst.st_mode);
	if (link && stat(path, &st) != 0)
		return refuse(t, "%s", errno == ENOENT ? "a symbolic link to a missing file"
					       : strerror(errno));
	if (!link)
		st = lst;
	if (S_ISDIR(st.st_mode))
		return refuse(t, "%s", link ? "a symbolic link to a folder" : "is a folder");
	if (S_ISBLK(st.st_mode))
		return refuse(t, "%s", "a block device; samnet does not write to disks");
	if (S_ISFIFO(st.st_mode) || S_ISCHR(st.st_mode) || S_ISSOCK(st.st_mode)) {
		if (!(t->path = strdup(path)))
			return refuse(t, "%s", "out of memory");
		t->socket = S_ISSOCK(st.st_mode);
		return t->kind = CLI_TARGET_STREAM;
	}
	if (!S_ISREG(st.st_mode))
		return refuse(t, "%s", "not a regular file");
	if (!link)
		return classify_regular(t, &st, path);
	/* Through a link, the file it names is replaced, not the link. */
	char *resolved = realpath(path, NULL);
	if (!resolved)
		return refuse(t, "%s", strerror(errno));
	cli_target_kind_t kind = classify_regular(t, &st, resolved);
	free(resolved);
	return kind;
}

void cli_target_destroy(cli_target_t *t)
{
	free(t->path);
	t->path = NULL;
}

char *cli_temp_name(const char *path, unsigned long salt)
{
	static const char digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
	const char *slash = strrchr(path, '/');
	size_t dirlen = slash ? (size_t)(slash - path) + 1 : 0;
	const char *base = path + dirlen;
	char suffix[7];
	char *s;

	if (!*base)
		return NULL;
	for (size_t i = 0; i < 6; i++, salt /= 36)
		suffix[i] = digits[salt % 36];
	suffix[6] = '\0';
	/* At most 200 bytes of the name, so that the temporary name fits NAME_MAX (255). */
	if (asprintf(&s, "%.*s.%.200s.tmp.%s", (int)dirlen, path, base, suffix) < 0)
		return NULL;
	return s;
}

/* ---- opening a stream or a descriptor in place ------------------------------ */

/* A socket path is connected to, as a stream socket. */
static int open_socket(const char *path)
{
	struct sockaddr_un addr = { .sun_family = AF_UNIX };
	int fd;

	if (strlen(path) >= sizeof addr.sun_path) {
		errno = ENAMETOOLONG;
		return -1;
	}
	strcpy(addr.sun_path, path);
	if ((fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0)) < 0)
		return -1;
	if (connect(fd, (struct sockaddr *)&addr, sizeof addr) != 0) {
		int e = errno;
		close(fd);
		errno = e;
		return -1;
	}
	return fd;
}

/* A stream of its own on `fd` (from open, connect or dup; -1 after a failure). */
static int adopt_fd(FILE **fp, bool *own, int fd, const char *shown)
{
	if (fd < 0 || !(*fp = fdopen(fd, "w"))) {
		cli_error("%s: %s", shown, strerror(errno));
		if (fd >= 0)
			close(fd);
		return CLI_EXIT_IO;
	}
	*own = true;
	return CLI_EXIT_OK;
}

int cli_target_open(const cli_target_t *t, const char *shown, FILE **fp, bool *own)
{
	*fp = NULL;
	*own = false;
	if (t->kind == CLI_TARGET_STREAM)
		return adopt_fd(fp, own, t->socket ? open_socket(t->path)
						   : open(t->path, O_WRONLY | O_NOCTTY | O_CLOEXEC),
				shown);
	/* Standard output is shared with the rest of the run; another descriptor is duplicated. */
	if (t->fd == STDOUT_FILENO) {
		*fp = stdout;
		return CLI_EXIT_OK;
	}
	return adopt_fd(fp, own, fcntl(t->fd, F_DUPFD_CLOEXEC, 3), shown);
}

/* ---- outputs that are inputs ----------------------------------------------- */

int cli_refuse_inputs(const char *const *outputs, size_t nout, const char *const *inputs, size_t nin)
{
	for (size_t i = 0; i < nout; i++) {
		struct stat so, si;

		if (!outputs[i] || cli_path_descriptor(outputs[i]) >= 0 || stat(outputs[i], &so) != 0)
			continue;
		for (size_t j = 0; j < nin; j++)
			if (inputs[j] && stat(inputs[j], &si) == 0 && so.st_dev == si.st_dev &&
			    so.st_ino == si.st_ino) {
				if (strcmp(outputs[i], inputs[j]) == 0)
					cli_error("%s: is an input of this run; samnet does not "
						  "overwrite its input", outputs[i]);
				else
					cli_error("%s: is the input file %s; samnet does not "
						  "overwrite its input", outputs[i], inputs[j]);
				return CLI_EXIT_USAGE;
			}
	}
	return CLI_EXIT_OK;
}

int cli_ctx_add_output(cli_ctx_t *ctx, const char *path)
{
	if (ctx->noutputs == CLI_MAX_FILES)
		return -1;
	ctx->outputs[ctx->noutputs++] = path;
	return 0;
}

int cli_ctx_add_input(cli_ctx_t *ctx, const char *path)
{
	if (ctx->ninputs == CLI_MAX_FILES)
		return -1;
	ctx->inputs[ctx->ninputs++] = path;
	return 0;
}
