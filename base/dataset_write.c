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

/*
 * Opens a temporary file beside `final` (in `dir`, named after `name`):
 * *tmp its path, *fp its stream.  On failure *tmp is NULL.
 */
static sn_error_t temp_create(const char *dir, const char *name, const char *final, char **tmp,
			      FILE **fp)
{
	char tmpname[300];
	int fd;

	snprintf(tmpname, sizeof tmpname, ".%.200s.XXXXXX", name);
	if (!(*tmp = path_join(dir, tmpname)))
		return sn_error_set(SN_ENOMEM, "out of memory");
	fd = mkstemp(*tmp);
	if (fd < 0) {
		free(*tmp);
		*tmp = NULL;
		return sn_error_set(SN_EIO, "%s: %s", final, strerror(errno));
	}
	(void)fchmod(fd, 0644);
	*fp = fdopen(fd, "w");
	if (!*fp) {
		close(fd);
		return sn_error_set(SN_EIO, "%s: %s", final, strerror(errno));
	}
	return SN_OK;
}

/* Opens a temporary file in `dir` for file `f`. */
static sn_error_t temp_open(sn_dataset_writer_t *w, const char *dir, int f)
{
	if (!(w->final[f] = path_join(dir, file_names[f])))
		return sn_error_set(SN_ENOMEM, "out of memory");
	return temp_create(dir, file_names[f], w->final[f], &w->tmp[f], &w->fp[f]);
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

/* ---- a dataset folder written whole ---------------------------------------- */

void sn_dataset_plan_destroy(sn_dataset_plan_t *plan)
{
	for (size_t i = 0; plan->paths && i < plan->n; i++) {
		free(plan->paths[i]);
		free(plan->copy_from[i]);
	}
	free(plan->paths);
	free(plan->copy_from);
	memset(plan, 0, sizeof *plan);
}

sn_error_t sn_dataset_folder_paths(const sn_dataset_folder_t *f, const char *dir, char ***paths,
				   size_t *n)
{
	size_t total = f->nwritten + f->ncarried;

	*n = 0;
	if (!(*paths = calloc(total + 1, sizeof **paths)))
		return sn_error_set(SN_ENOMEM, "out of memory");
	for (size_t i = 0; i < total; i++) {
		const char *name = i < f->nwritten ? f->written[i] : f->carried[i - f->nwritten];

		if (!((*paths)[i] = path_join(dir, name))) {
			sn_dataset_paths_free(*paths, i);
			*paths = NULL;
			return sn_error_set(SN_ENOMEM, "out of memory");
		}
	}
	*n = total;
	return SN_OK;
}

void sn_dataset_paths_free(char **paths, size_t n)
{
	for (size_t i = 0; paths && i < n; i++)
		free(paths[i]);
	free(paths);
}

/* Adds dir/name to the plan, copied from `from` (taken over; NULL for a written file). */
static sn_error_t plan_add(sn_dataset_plan_t *plan, const char *dir, const char *name, char *from)
{
	char *path = path_join(dir, name);

	if (!path) {
		free(from);
		return sn_error_set(SN_ENOMEM, "out of memory");
	}
	plan->paths[plan->n] = path;
	plan->copy_from[plan->n++] = from;
	return SN_OK;
}

sn_error_t sn_dataset_plan(sn_dataset_plan_t *plan, const sn_dataset_folder_t *f)
{
	size_t most = f->nwritten + (f->source ? f->ncarried : 0);
	struct stat st;
	sn_error_t err;

	memset(plan, 0, sizeof *plan);
	if ((err = sn_dataset_folder_create(f->dir)) != SN_OK)
		return err;
	plan->paths = calloc(most + 1, sizeof *plan->paths);
	plan->copy_from = calloc(most + 1, sizeof *plan->copy_from);
	if (!plan->paths || !plan->copy_from)
		return sn_error_set(SN_ENOMEM, "out of memory");
	for (size_t i = 0; i < f->nwritten && err == SN_OK; i++)
		err = plan_add(plan, f->dir, f->written[i], NULL);
	for (size_t i = 0; f->source && i < f->ncarried && err == SN_OK; i++) {
		char *from = path_join(f->source, f->carried[i]);

		if (!from)
			err = sn_error_set(SN_ENOMEM, "out of memory");
		else if (stat(from, &st) != 0)
			free(from);
		else
			err = plan_add(plan, f->dir, f->carried[i], from);
	}
	return err;
}

/* Copies the file `path` into `out` byte for byte. */
static sn_error_t copy_file(FILE *out, const char *path)
{
	FILE *in = fopen(path, "rb");
	char buf[65536];
	size_t n;

	if (!in)
		return sn_error_set(SN_EIO, "%s: %s", path, strerror(errno));
	while ((n = fread(buf, 1, sizeof buf, in)) > 0)
		(void)fwrite(buf, 1, n, out);
	int bad = ferror(in);
	fclose(in);
	return bad ? sn_error_set(SN_EIO, "%s: read error", path) : SN_OK;
}

sn_error_t sn_dataset_fill(const sn_dataset_plan_t *plan, const sn_dataset_folder_t *f,
			   FILE *const *fps)
{
	sn_error_t err = f->fill ? f->fill(fps, f->arg) : SN_OK;

	for (size_t i = f->nwritten; i < plan->n && err == SN_OK; i++)
		err = copy_file(fps[i], plan->copy_from[i]);
	return err;
}

/* Closes the temporary files, then renames them all into place, or removes them all. */
static sn_error_t folder_commit(const sn_dataset_plan_t *plan, char **tmp, FILE **fps,
				sn_error_t err)
{
	for (size_t i = 0; i < plan->n; i++) {
		bool bad = !fps[i] || fflush(fps[i]) != 0 || ferror(fps[i]) ||
			   fsync(fileno(fps[i])) != 0;

		if (fps[i] && fclose(fps[i]) != 0)
			bad = true;
		if (err == SN_OK && bad)
			err = sn_error_set(SN_EIO, "%s: write failed: %s", plan->paths[i],
					   strerror(errno));
	}
	for (size_t i = 0; i < plan->n && err == SN_OK; i++)
		if (rename(tmp[i], plan->paths[i]) != 0)
			err = sn_error_set(SN_EIO, "%s: %s", plan->paths[i], strerror(errno));
	for (size_t i = 0; i < plan->n; i++) {
		if (err != SN_OK && tmp[i])
			(void)unlink(tmp[i]);
		free(tmp[i]);
	}
	return err;
}

sn_error_t sn_dataset_folder_write(const sn_dataset_folder_t *f)
{
	sn_dataset_plan_t plan;
	char **tmp = NULL;
	FILE **fps = NULL;
	sn_error_t err = sn_dataset_plan(&plan, f);

	if (err == SN_OK && (!(tmp = calloc(plan.n + 1, sizeof *tmp)) ||
			     !(fps = calloc(plan.n + 1, sizeof *fps))))
		err = sn_error_set(SN_ENOMEM, "out of memory");
	for (size_t i = 0; i < plan.n && err == SN_OK; i++) {
		const char *name = strrchr(plan.paths[i], '/') + 1;

		err = temp_create(f->dir, name, plan.paths[i], &tmp[i], &fps[i]);
	}
	if (err == SN_OK)
		err = sn_dataset_fill(&plan, f, fps);
	if (tmp && fps)
		err = folder_commit(&plan, tmp, fps, err);
	free(tmp);
	free(fps);
	sn_dataset_plan_destroy(&plan);
	return err;
}
