/*
 * Output files: every file samnet writes goes through here (the rules of -o
 * in cli.h and the README).  A regular file is written to a temporary file
 * beside it and renamed into place; a FIFO, character device or socket is
 * written in place; a temporary file is removed on failure and on SIGINT,
 * SIGTERM and SIGHUP.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#include "cli/cli.h"

/* ---- the registry of temporary files, emptied by the signal handler -------- */

enum { REGISTRY = 2 * CLI_MAX_FILES };

/* Slots hold malloc'd paths; a slot is written whole (one pointer) while the signals are blocked. */
static char *volatile registry[REGISTRY];
static volatile sig_atomic_t handlers_installed;

static void on_signal(int sig)
{
	for (size_t i = 0; i < REGISTRY; i++)
		if (registry[i])
			(void)unlink(registry[i]);
	_exit(128 + sig);
}

static const int cleanup_signals[] = { SIGINT, SIGTERM, SIGHUP };

static void block_signals(sigset_t *old)
{
	sigset_t set;

	sigemptyset(&set);
	for (size_t i = 0; i < sizeof cleanup_signals / sizeof *cleanup_signals; i++)
		sigaddset(&set, cleanup_signals[i]);
	sigprocmask(SIG_BLOCK, &set, old);
}

/* Installs the handler once, leaving alone a signal the shell set to be ignored (nohup). */
static void install_handlers(void)
{
	if (handlers_installed)
		return;
	for (size_t i = 0; i < sizeof cleanup_signals / sizeof *cleanup_signals; i++) {
		struct sigaction sa, old;

		memset(&sa, 0, sizeof sa);
		sa.sa_handler = on_signal;
		sigfillset(&sa.sa_mask);
		if (sigaction(cleanup_signals[i], NULL, &old) == 0 && old.sa_handler != SIG_IGN)
			sigaction(cleanup_signals[i], &sa, NULL);
	}
	handlers_installed = 1;
}

static int registry_add(char *path)
{
	for (size_t i = 0; i < REGISTRY; i++)
		if (!registry[i]) {
			registry[i] = path;
			return 0;
		}
	return -1;
}

static void registry_remove(const char *path)
{
	sigset_t old;

	block_signals(&old);
	for (size_t i = 0; i < REGISTRY; i++)
		if (registry[i] == path)
			registry[i] = NULL;
	sigprocmask(SIG_SETMASK, &old, NULL);
}

/* ---- classification -------------------------------------------------------- */

/* N of "/dev/fd/N", "/proc/self/fd/N", 1 for "-" and "/dev/stdout", 2 for "/dev/stderr"; else -1. */
static int descriptor_of(const char *path)
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
	if ((t->fd = descriptor_of(path)) >= 0) {
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

/* ---- writing --------------------------------------------------------------- */

typedef struct {
	cli_target_t target;
	const char *shown;    /* the path as given, for messages (borrowed) */
	char *tmp;            /* REPLACE and NEW: the temporary file (registered) */
	FILE *fp;
	bool own_fp;          /* fp is ours to close (not stdout) */
} out_file_t;

struct cli_outset {
	out_file_t files[CLI_MAX_FILES];
	size_t n;
};

/* Creates the temporary file beside the target with open(2)'s mode 0666 (so the umask applies). */
static int create_temp(out_file_t *f, const char *shown)
{
	static unsigned long counter;
	sigset_t old;
	int fd = -1;

	install_handlers();
	for (int attempt = 0; attempt < 100 && fd < 0; attempt++) {
		unsigned long salt = (unsigned long)getpid() * 2654435761ul ^
				     (unsigned long)time(NULL) * 40503ul ^ ++counter * 97ul;

		free(f->tmp);
		if (!(f->tmp = cli_temp_name(f->target.path, salt)))
			break;
		block_signals(&old);
		fd = open(f->tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
		if (fd >= 0 && registry_add(f->tmp) != 0) {
			close(fd);
			unlink(f->tmp);
			fd = -1;
			errno = EMFILE;
		}
		sigprocmask(SIG_SETMASK, &old, NULL);
		if (fd < 0 && errno != EEXIST)
			break;
	}
	if (fd < 0) {
		cli_error("%s: cannot create a temporary file: %s", shown,
			  f->tmp ? strerror(errno) : "out of memory");
		free(f->tmp);
		f->tmp = NULL;
		return CLI_EXIT_IO;
	}
	/* A replaced file never gains permissions: keep only the bits its predecessor had too. */
	struct stat st;
	if (f->target.kind == CLI_TARGET_REPLACE && fstat(fd, &st) == 0 &&
	    (st.st_mode & 07777 & ~f->target.mode) != 0)
		(void)fchmod(fd, st.st_mode & f->target.mode & 0777);
	if (!(f->fp = fdopen(fd, "w"))) {
		cli_error("%s: %s", shown, strerror(errno));
		close(fd);
		return CLI_EXIT_IO;
	}
	f->own_fp = true;
	return CLI_EXIT_OK;
}

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

/* Gives f a stream of its own on `fd` (from open, connect or dup; -1 after a failure). */
static int adopt_fd(out_file_t *f, int fd, const char *shown)
{
	if (fd < 0 || !(f->fp = fdopen(fd, "w"))) {
		cli_error("%s: %s", shown, strerror(errno));
		if (fd >= 0)
			close(fd);
		return CLI_EXIT_IO;
	}
	f->own_fp = true;
	return CLI_EXIT_OK;
}

static int open_stream(out_file_t *f, const char *shown)
{
	return adopt_fd(f, f->target.socket ? open_socket(f->target.path)
					    : open(f->target.path, O_WRONLY | O_NOCTTY | O_CLOEXEC),
			shown);
}

/* Standard output is shared with the rest of the run; another descriptor is duplicated. */
static int open_descriptor(out_file_t *f, const char *shown)
{
	if (f->target.fd == STDOUT_FILENO) {
		f->fp = stdout;
		return CLI_EXIT_OK;
	}
	return adopt_fd(f, fcntl(f->target.fd, F_DUPFD_CLOEXEC, 3), shown);
}

static int open_one(out_file_t *f)
{
	const char *path = f->shown;

	switch (f->target.kind) {
	case CLI_TARGET_NEW:
	case CLI_TARGET_REPLACE:
		return create_temp(f, path);
	case CLI_TARGET_STREAM:
		return open_stream(f, path);
	case CLI_TARGET_DESCRIPTOR:
		return open_descriptor(f, path);
	case CLI_TARGET_REFUSED:
		break;
	}
	return CLI_EXIT_IO;
}

/* Closes f's stream (flushed and, for a temporary file, synced); false after any write error. */
static bool close_one(out_file_t *f)
{
	bool ok = true;

	if (!f->fp)
		return true;
	if (fflush(f->fp) != 0 || ferror(f->fp) || (f->tmp && fsync(fileno(f->fp)) != 0))
		ok = false;
	if (f->own_fp && fclose(f->fp) != 0)
		ok = false;
	f->fp = NULL;
	return ok;
}

static void discard_temp(out_file_t *f)
{
	if (!f->tmp)
		return;
	(void)unlink(f->tmp);
	registry_remove(f->tmp);
	free(f->tmp);
	f->tmp = NULL;
}

void cli_outset_abort(cli_outset_t *set)
{
	if (!set)
		return;
	for (size_t i = 0; i < set->n; i++) {
		(void)close_one(&set->files[i]);
		discard_temp(&set->files[i]);
		cli_target_destroy(&set->files[i].target);
	}
	free(set);
}

int cli_outset_open(cli_outset_t **out, const char *const *paths, size_t n, FILE **fps_out)
{
	cli_outset_t *set;
	int rc = CLI_EXIT_OK;

	*out = NULL;
	if (n > CLI_MAX_FILES || !(set = calloc(1, sizeof *set))) {
		cli_error("out of memory");
		return CLI_EXIT_FAILURE;
	}
	/* Every target is judged before any file is created. */
	for (set->n = 0; set->n < n; set->n++) {
		cli_target_t *t = &set->files[set->n].target;

		if (cli_target_classify(t, paths[set->n]) == CLI_TARGET_REFUSED) {
			cli_error("%s: %s", paths[set->n], t->reason);
			rc = strcmp(t->reason, "out of memory") == 0 ? CLI_EXIT_FAILURE : CLI_EXIT_IO;
			set->n++;
			break;
		}
	}
	for (size_t i = 0; i < set->n && rc == CLI_EXIT_OK; i++) {
		set->files[i].shown = paths[i];
		rc = open_one(&set->files[i]);
		fps_out[i] = set->files[i].fp;
	}
	if (rc != CLI_EXIT_OK) {
		cli_outset_abort(set);
		return rc;
	}
	*out = set;
	return CLI_EXIT_OK;
}

int cli_outset_commit(cli_outset_t *set)
{
	int rc = CLI_EXIT_OK;

	for (size_t i = 0; i < set->n; i++)
		if (!close_one(&set->files[i]) && rc == CLI_EXIT_OK) {
			cli_error("%s: write error: %s", set->files[i].shown, strerror(errno));
			rc = CLI_EXIT_IO;
		}
	/* Nothing is replaced unless every file was written whole. */
	for (size_t i = 0; i < set->n && rc == CLI_EXIT_OK; i++) {
		out_file_t *f = &set->files[i];

		if (f->tmp && rename(f->tmp, f->target.path) != 0) {
			cli_error("%s: cannot rename the temporary file into place: %s", f->shown,
				  strerror(errno));
			rc = CLI_EXIT_IO;
		} else if (f->tmp) {
			registry_remove(f->tmp);
			free(f->tmp);
			f->tmp = NULL;
		}
	}
	cli_outset_abort(set);
	return rc;
}

int cli_write_files(const char *const *paths, size_t n, int (*write)(FILE **fps, const void *arg),
		    const void *arg)
{
	cli_outset_t *set;
	FILE *fps[CLI_MAX_FILES];
	int rc;

	if ((rc = cli_outset_open(&set, paths, n, fps)) != CLI_EXIT_OK)
		return rc;
	if ((rc = write(fps, arg)) != CLI_EXIT_OK) {
		cli_outset_abort(set);
		return rc;
	}
	return cli_outset_commit(set);
}

typedef struct {
	int (*write)(FILE *fp, const void *arg);
	const void *arg;
} single_t;

static int write_single(FILE **fps, const void *arg)
{
	const single_t *s = arg;

	return s->write(fps[0], s->arg);
}

int cli_write_file(const char *path, int (*write)(FILE *fp, const void *arg), const void *arg)
{
	single_t s = { write, arg };

	return cli_write_files(&path, 1, write_single, &s);
}

/* ---- outputs that are inputs ----------------------------------------------- */

int cli_refuse_inputs(const char *const *outputs, size_t nout, const char *const *inputs, size_t nin)
{
	for (size_t i = 0; i < nout; i++) {
		struct stat so, si;

		if (!outputs[i] || descriptor_of(outputs[i]) >= 0 || stat(outputs[i], &so) != 0)
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
