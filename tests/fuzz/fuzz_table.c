/*
 * Fuzz harness of the table reader (base/table.c, base/number.c).  The first
 * byte chooses the options (forced separator, Latin-1, a small field limit);
 * the rest is written to a file that is opened and read to the end, with
 * every typed accessor applied to every field.  The number parsers also see
 * the raw input as a string.
 */
#include "config.h"

#include <math.h>

#include "samnet.h"
#include "tests/fuzz/fuzz.h"

static void read_all(sn_table_t *t, sn_diag_t *diag)
{
	int rc;

	for (size_t c = 0; c < sn_table_ncols(t); c++)
		(void)sn_table_find(t, sn_table_colname(t, c));
	(void)sn_table_require(t, "id", diag);
	while ((rc = sn_table_next(t, diag)) > 0) {
		(void)sn_table_line(t);
		for (size_t c = 0; c <= sn_table_ncols(t); c++) {
			int64_t i = 0;
			double d = 0;
			(void)sn_table_field(t, c);
			if (c == sn_table_ncols(t))
				break;
			(void)sn_table_get_int64(t, c, 0, INT64_MAX, "population", &i, diag);
			(void)sn_table_get_int64(t, c, INT64_MIN, INT64_MAX, "n", &i, diag);
			(void)sn_table_get_double(t, c, 0, HUGE_VAL, "amount", &d, diag);
			(void)sn_table_get_double(t, c, -1, 1, "share", &d, diag);
		}
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char separators[] = { 0, ',', ';', '\t' };
	static const char *const names[] = { "t.csv" };
	sn_table_options_t opts = SN_TABLE_OPTIONS_INIT;
	char dir[] = "/tmp/samnet-fuzz-XXXXXX", path[64];
	sn_table_t *t = NULL;
	sn_diag_t diag;

	if (size < 1)
		return 0;
	opts.separator = separators[data[0] & 3];
	opts.latin1 = data[0] & 4;
	opts.max_field = data[0] & 8 ? 16 : 0;
	data++;
	size--;

	/* The number parsers on the raw bytes (up to the first NUL). */
	char *text = malloc(size + 1);
	if (!text)
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';
	double d;
	int64_t i;
	(void)sn_parse_double(text, &d);
	(void)sn_parse_int64(text, &i);
	free(text);

	if (!mkdtemp(dir))
		return 0;
	snprintf(path, sizeof path, "%s/t.csv", dir);
	sn_diag_init(&diag);
	diag.cap = 8;
	if (fuzz_write(dir, "t.csv", data, size) == 0 &&
	    sn_table_open(&t, path, "t.csv", &opts, &diag) == SN_OK) {
		(void)sn_table_label(t);
		(void)sn_table_separator(t);
		read_all(t, &diag);
	}
	for (size_t k = 0; k < diag.count; k++)
		free(sn_diag_format(&diag, k));
	sn_table_free(t);
	sn_diag_destroy(&diag);
	fuzz_cleanup(dir, names, 1);
	return 0;
}
