/*
 * export/partitioned.c: the vertex and edge tables of the csv export split
 * into part files under one directory, with Spark's _SUCCESS marker
 * (samnet/partitioned.h).
 */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "samnet/partitioned.h"
#include "export/model.h"

#define DEFAULT_ROWS_PER_PART 1000000

typedef struct {
	const sn__xgraph_t *g;
	bool edges;
} table_t;

/* "dir/sub/name" in a fresh string, or NULL. */
static char *path_of(const char *dir, const char *sub, const char *name)
{
	size_t n = strlen(dir) + strlen(sub) + (name ? strlen(name) : 0) + 3;
	char *p = malloc(n);

	if (p)
		snprintf(p, n, "%s/%s%s%s", dir, sub, name ? "/" : "", name ? name : "");
	return p;
}

static sn_error_t make_dir(const char *path)
{
	if (mkdir(path, 0777) != 0 && errno != EEXIST)
		return sn_error_set(SN_EIO, "%s: %s", path, strerror(errno));
	return SN_OK;
}

/* SN_EIO unless `dir` is absent or an empty directory; creates it. */
static sn_error_t fresh_dir(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;

	if (d == NULL)
		return errno == ENOENT ? make_dir(dir) :
		       sn_error_set(SN_EIO, "%s: %s", dir, strerror(errno));
	while ((e = readdir(d)) != NULL)
		if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0) {
			closedir(d);
			return sn_error_set(SN_EIO, "%s: the directory exists and is not empty "
					    "(a partitioned export needs a new or empty one)", dir);
		}
	closedir(d);
	return SN_OK;
}

static sn_error_t write_file(const char *path, const table_t *t, size_t lo, size_t hi)
{
	FILE *fp = fopen(path, "w");
	sn_error_t err;

	if (fp == NULL)
		return sn_error_set(SN_EIO, "%s: %s", path, strerror(errno));
	if (t)
		sn__csv_table(fp, t->g, t->edges, "src,dst", lo, hi);
	err = ferror(fp) ? SN_EIO : SN_OK;
	if (fclose(fp) != 0 || err)
		return sn_error_set(SN_EIO, "%s: write error", path);
	return SN_OK;
}

/* The table split into `parts` files DIR/sub/part-NNNNN.csv of nearly equal rows. */
static sn_error_t write_parts(const char *dir, const char *sub, const table_t *t, size_t rows,
			      size_t parts)
{
	char name[32];
	sn_error_t err;
	char *sd = path_of(dir, sub, NULL);

	if (sd == NULL)
		return sn_error_set(SN_ENOMEM, "out of memory");
	err = make_dir(sd);
	free(sd);
	for (size_t k = 0; !err && k < parts; k++) {
		snprintf(name, sizeof name, "part-%05zu.csv", k);
		char *p = path_of(dir, sub, name);
		if (p == NULL)
			return sn_error_set(SN_ENOMEM, "out of memory");
		/* Part k holds rows [k rows / parts, (k + 1) rows / parts). */
		err = write_file(p, t, rows / parts * k + rows % parts * k / parts,
				 rows / parts * (k + 1) + rows % parts * (k + 1) / parts);
		free(p);
	}
	return err;
}

static size_t parts_for(size_t rows, size_t per_part)
{
	size_t p = rows / per_part + (rows % per_part != 0);

	return p ? p : 1;
}

sn_error_t sn_export_partitioned(const char *dir, const sn_export_t *x,
				 const sn_partitioned_options_t *opts)
{
	size_t per = opts && opts->rows_per_part ? opts->rows_per_part : DEFAULT_ROWS_PER_PART;
	sn__xgraph_t g;
	sn_error_t err;

	if (dir == NULL || *dir == '\0' || x == NULL)
		return sn_error_set(SN_EINVAL, "partitioned export: no directory or nothing to export");
	if ((err = sn__xgraph_build(&g, x)) != SN_OK)
		return err;
	size_t eparts = opts && opts->parts ? opts->parts : parts_for(g.ne, per);
	table_t vt = { &g, false }, et = { &g, true };
	char *done = NULL;

	if (g.ne > 0 && eparts > g.ne)
		err = sn_error_set(SN_EINVAL, "partitioned export: %zu parts for %zu ties; at most "
				   "one part per tie", eparts, g.ne);
	if (!err)
		err = fresh_dir(dir);
	if (!err)
		err = write_parts(dir, "vertices", &vt, g.nv, parts_for(g.nv, per));
	if (!err)
		err = write_parts(dir, "edges", &et, g.ne, g.ne ? eparts : 1);
	if (!err && (done = path_of(dir, "_SUCCESS", NULL)) == NULL)
		err = sn_error_set(SN_ENOMEM, "out of memory");
	if (!err)
		err = write_file(done, NULL, 0, 0);
	free(done);
	sn__xgraph_destroy(&g);
	return err;
}
