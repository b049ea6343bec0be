/* Helpers shared by the Check programs: fixture paths and temporary files. */
#ifndef SAMNET_TESTUTIL_H
#define SAMNET_TESTUTIL_H

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "samnet/advanced.h"

#include "test_graph.h"

/* Path of a fixture under $srcdir/tests/data (static buffer, one at a time per slot). */
static inline const char *fixture(const char *name)
{
	static char buf[4][4096];
	static int slot;
	const char *srcdir = getenv("srcdir");

	slot = (slot + 1) % 4;
	snprintf(buf[slot], sizeof buf[slot], "%s/tests/data/%s", srcdir ? srcdir : ".", name);
	return buf[slot];
}

/* The bundled Swedish territory tree. */
static inline const char *bundled_territories(void)
{
	static char buf[4096];
	const char *srcdir = getenv("srcdir");

	snprintf(buf, sizeof buf, "%s/datasets/sweden/territories.csv", srcdir ? srcdir : ".");
	return buf;
}

/* Writes `len` bytes to a new temporary file; returns its path (caller frees and unlinks). */
static inline char *temp_file(const void *data, size_t len)
{
	char *path = strdup("/tmp/samnet-test-XXXXXX");
	int fd = mkstemp(path);

	if (fd < 0 || write(fd, data, len) != (ssize_t)len) {
		free(path);
		return NULL;
	}
	close(fd);
	return path;
}

/* Creates a temporary folder; returns its path (caller frees). */
static inline char *temp_dir(void)
{
	char *path = strdup("/tmp/samnet-test-dir-XXXXXX");
	return mkdtemp(path) ? path : NULL;
}

/* Writes a NUL-terminated text to dir/name. */
static inline int write_text(const char *dir, const char *name, const char *text)
{
	char path[4096];
	FILE *fp;

	snprintf(path, sizeof path, "%s/%s", dir, name);
	if (!(fp = fopen(path, "wb")))
		return -1;
	fputs(text, fp);
	return fclose(fp);
}

/* True when some diagnostic formats exactly as `want`. */
static inline int diag_has(const sn_diag_t *d, const char *want)
{
	for (size_t i = 0; i < d->count; i++) {
		char *s = sn_diag_format(d, i);
		int hit = s && strcmp(s, want) == 0;
		free(s);
		if (hit)
			return 1;
	}
	return 0;
}

/* Prints every diagnostic (to help when a test fails). */
static inline void diag_dump(const sn_diag_t *d)
{
	for (size_t i = 0; i < d->count; i++) {
		char *s = sn_diag_format(d, i);
		fprintf(stderr, "  diag: %s\n", s ? s : "?");
		free(s);
	}
}

/*
 * Loads the dataset in folder `dir` with the bundled territory tree as the
 * default; a dataset that does not load fails the test, its diagnostics
 * printed.
 */
static inline sn_dataset_t *load_dataset(const char *dir)
{
	sn_dataset_options_t dopts = { SN_TABLE_OPTIONS_INIT, bundled_territories() };
	sn_dataset_t *ds = NULL;
	sn_diag_t diag;

	sn_diag_init(&diag);
	if (sn_dataset_load(&ds, dir, &dopts, &diag) != SN_OK)
		diag_dump(&diag);
	ck_assert_ptr_nonnull(ds);
	sn_diag_destroy(&diag);
	return ds;
}

/* The export of `x` in format `fmt` as a NUL-terminated string (caller frees); *err_out its result. */
static inline char *export_string(sn_export_format_t fmt, const sn_export_t *x, sn_error_t *err_out)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);

	ck_assert_ptr_nonnull(fp);
	*err_out = sn_export_write(fp, fmt, x);
	fclose(fp);
	return buf;
}

/* Sets samnet up, runs the suite and returns the process status. */
static inline int run_suite(Suite *suite)
{
	sn_setup();
	SRunner *sr = srunner_create(suite);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}

#endif
