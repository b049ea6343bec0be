/* Writing a dataset folder row by row (samnet/dataset_write.h). */
#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "samnet/dataset_write.h"
#include "samnet/table.h"

static const char *const file_names[SN_DSFILE_COUNT] = {
	"territories.csv", "actors.csv", "projects.csv", "memberships.csv", "coalitions.csv",
	"ties.csv"
};

const char *sn_dataset_file_name(sn_dataset_file_t f)
{
	return (unsigned)f < SN_DSFILE_COUNT ? file_names[f] : NULL;
}

void sn_dataset_writer_streams(sn_dataset_writer_t *w, FILE *const fp[SN_DSFILE_COUNT])
{
	memset(w, 0, sizeof *w);
	for (int f = 0; f < SN_DSFILE_COUNT; f++)
		w->fp[f] = fp[f];
}

sn_error_t sn_dataset_folder_create(const char *dir)
{
	struct stat st;

	if (mkdir(dir, 0777) == 0)
		return SN_OK;
	if (errno == EEXIST && stat(dir, &st) == 0 && S_ISDIR(st.st_mode))
		return SN_OK;
	return sn_error_set(SN_EIO, "%s: %s", dir, errno == EEXIST ? "not a directory" :
			    strerror(errno));
}

static char *path_join(const char *dir, const char *name)
{
	size_t n = strlen(dir) + strlen(name) + 2;
	char *s = malloc(n);

	if (s)
		snprintf(s, n, "%s/%s", dir, name);
	return s;
}

/* Opens a temporary file in `dir` for file `f`. */
static sn_error_t temp_open(sn_dataset_writer_t *w, const char *dir, int f)
{
	char tmpname[64];
	int fd;

	snprintf(tmpname, sizeof tmpname, ".%s.XXXXXX", file_names[f]);
	w->tmp[f] = path_join(dir, tmpname);
	w->final[f] = path_join(dir, file_names[f]);
	if (!w->tmp[f] || !w->final[f])
		return sn_error_set(SN_ENOMEM, "out of memory");
	fd = mkstemp(w->tmp[f]);
	if (fd < 0) {
		free(w->tmp[f]);
		w->tmp[f] = NULL;
		return sn_error_set(SN_EIO, "%s: %s", w->final[f], strerror(errno));
	}
	(void)fchmod(fd, 0644);
	w->fp[f] = fdopen(fd, "w");
	if (!w->fp[f]) {
		close(fd);
		return sn_error_set(SN_EIO, "%s: %s", w->final[f], strerror(errno));
	}
	return SN_OK;
}

sn_error_t sn_dataset_writer_open(sn_dataset_writer_t *w, const char *dir,
				  const bool want[SN_DSFILE_COUNT])
{
	sn_error_t err;

	memset(w, 0, sizeof *w);
	w->owned = true;
	if (!dir || !*dir)
		return sn_error_set(SN_EINVAL, "dataset: no output folder");
	if ((err = sn_dataset_folder_create(dir)) != SN_OK)
		return err;
	for (int f = 0; f < SN_DSFILE_COUNT && err == SN_OK; f++)
		if (want[f])
			err = temp_open(w, dir, f);
	return err;
}

void sn_dataset_writer_printf(sn_dataset_writer_t *w, sn_dataset_file_t f, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	if (vfprintf(w->fp[f], fmt, ap) < 0)
		w->failed[f] = true;
	va_end(ap);
}

void sn_dataset_writer_field(sn_dataset_writer_t *w, sn_dataset_file_t f, const char *s)
{
	sn_csv_field(w->fp[f], s, ',');
	if (ferror(w->fp[f]))
		w->failed[f] = true;
}

/* Flushes (and, for a folder writer, syncs and closes) every stream; the first failure. */
static sn_error_t flush_all(sn_dataset_writer_t *w, sn_error_t err)
{
	for (int f = 0; f < SN_DSFILE_COUNT; f++) {
		FILE *fp = w->fp[f];

		if (!fp)
			continue;
		if (fflush(fp) != 0 || ferror(fp) || (w->owned && fsync(fileno(fp)) != 0))
			w->failed[f] = true;
		if (w->owned && fclose(fp) != 0)
			w->failed[f] = true;
		w->fp[f] = NULL;
		if (err == SN_OK && w->failed[f])
			err = sn_error_set(SN_EIO, "%s: write failed: %s",
					   w->final[f] ? w->final[f] : file_names[f], strerror(errno));
	}
	return err;
}

sn_error_t sn_dataset_writer_finish(sn_dataset_writer_t *w, sn_error_t err)
{
	err = flush_all(w, err);
	for (int f = 0; f < SN_DSFILE_COUNT && err == SN_OK; f++)
		if (w->tmp[f] && rename(w->tmp[f], w->final[f]) != 0)
			err = sn_error_set(SN_EIO, "%s: %s", w->final[f], strerror(errno));
	for (int f = 0; f < SN_DSFILE_COUNT; f++) {
		if (err != SN_OK && w->tmp[f])
			(void)unlink(w->tmp[f]);
		free(w->tmp[f]);
		free(w->final[f]);
		w->tmp[f] = w->final[f] = NULL;
	}
	return err;
}
