/*
 * Output files: every file samnet writes goes through here (the rules of -o
 * in cli.h and the README).  A regular file is written to a temporary file
 * beside it and renamed into place; a FIFO, character device or socket is
 * written in place; a temporary file is removed on failure and on SIGINT,
 * SIGTERM and SIGHUP (cli/outfile_signal.c).  What a path is and how a
 * stream is opened in place: cli/outfile_target.c.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli/cli.h"
#include "cli/outfile.h"

/* ---- writing --------------------------------------------------------------- */

typedef struct {
	cli_target_t target;
	const char *shown;    /* the path as given, for messages (borrowed) */
	char *tmp;            /* REPLACE and NEW: the temporary file (registered) */
	int tmp_fd;           /* its descriptor, synced before the rename */
	FILE *fp;
	bool own_fp;          /* fp is ours to close (not stdout) */
} out_file_t;

struct cli_outset {
	out_file_t files[CLI_MAX_FILES];
	size_t n;
};

/*
 * A temporary file's stream writes to its descriptor and, every
 * WRITEBACK_CHUNK bytes, asks the kernel to start writing them to disk
 * (sync_file_range, which does not wait): the fsync before the rename then
 * waits for the last chunk, not for a whole large export at once, and the
 * disk works while samnet formats the rest.
 */
#define WRITEBACK_CHUNK ((off_t)32 << 20)

typedef struct {
	int fd;
	off_t written, started;   /* bytes written; bytes whose writeback has begun */
} temp_stream_t;

static ssize_t temp_write(void *cookie, const char *buf, size_t size)
{
	temp_stream_t *t = cookie;
	size_t done = 0;

	while (done < size) {
		ssize_t n = write(t->fd, buf + done, size - done);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return 0;   /* errno tells why; the stream's error flag is set */
		done += (size_t)n;
	}
	t->written += (off_t)done;
	if (t->written - t->started >= WRITEBACK_CHUNK) {
		(void)sync_file_range(t->fd, t->started, t->written - t->started,
				      SYNC_FILE_RANGE_WRITE);
		t->started = t->written;
	}
	return (ssize_t)done;
}

static int temp_close(void *cookie)
{
	temp_stream_t *t = cookie;
	int rc = close(t->fd);

	free(t);
	return rc;
}

/* The stream of temporary file `fd` (closed with the stream); NULL when out of memory. */
static FILE *temp_stream(int fd)
{
	temp_stream_t *t = calloc(1, sizeof *t);
	FILE *fp;

	if (!t)
		return NULL;
	t->fd = fd;
	fp = fopencookie(t, "w", (cookie_io_functions_t){ .write = temp_write,
							    .close = temp_close });
	if (!fp)
		free(t);
	return fp;
}

/* Creates the temporary file beside the target with open(2)'s mode 0666 (so the umask applies). */
static int create_temp(out_file_t *f, const char *shown)
{
	static unsigned long counter;
	sigset_t old;
	int fd = -1;

	cli_signals_install();
	for (int attempt = 0; attempt < 100 && fd < 0; attempt++) {
		unsigned long salt = (unsigned long)getpid() * 2654435761ul ^
				     (unsigned long)time(NULL) * 40503ul ^ ++counter * 97ul;

		free(f->tmp);
		if (!(f->tmp = cli_temp_name(f->target.path, salt)))
			break;
		cli_signals_block(&old);
		fd = open(f->tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
		if (fd >= 0 && cli_temp_register(f->tmp) != 0) {
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
	if (!(f->fp = temp_stream(fd))) {
		cli_error("%s: %s", shown, strerror(errno ? errno : ENOMEM));
		close(fd);
		return CLI_EXIT_IO;
	}
	f->tmp_fd = fd;
	f->own_fp = true;
	return CLI_EXIT_OK;
}


static int open_one(out_file_t *f)
{
	const char *path = f->shown;

	switch (f->target.kind) {
	case CLI_TARGET_NEW:
	case CLI_TARGET_REPLACE:
		return create_temp(f, path);
	case CLI_TARGET_STREAM:
	case CLI_TARGET_DESCRIPTOR:
		return cli_target_open(&f->target, path, &f->fp, &f->own_fp);
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
	if (fflush(f->fp) != 0 || ferror(f->fp) || (f->tmp && fsync(f->tmp_fd) != 0))
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
	cli_temp_unregister(f->tmp);
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
			cli_temp_unregister(f->tmp);
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

typedef struct {
	const sn_dataset_plan_t *plan;
	const sn_dataset_folder_t *folder;
} dataset_job_t;

static int fill_dataset(FILE **fps, const void *arg)
{
	const dataset_job_t *job = arg;
	sn_error_t err = sn_dataset_fill(job->plan, job->folder, fps);

	return err == SN_OK ? CLI_EXIT_OK : cli_fail(err);
}

int cli_write_dataset(const sn_dataset_folder_t *f)
{
	sn_dataset_plan_t plan;
	sn_error_t err = sn_dataset_plan(&plan, f);
	dataset_job_t job = { &plan, f };
	int rc = err != SN_OK ? cli_fail(err)
			      : cli_write_files((const char *const *)plan.paths, plan.n, fill_dataset, &job);

	sn_dataset_plan_destroy(&plan);
	return rc;
}

