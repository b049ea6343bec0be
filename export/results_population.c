/* export/results_population.c: a document's population metadata (samnet/results.h). */
#include "config.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

#include "samnet/results.h"

/* "2025 (22 territories), 2024 (290 territories)": where the figures for `year` come from. */
static char *figure_years(const sn_territories_t *t, int year)
{
	char *out = NULL;
	size_t len = 0;
	const char *sep = "";
	FILE *f = open_memstream(&out, &len);

	if (!f)
		return NULL;
	/* Latest year first; last, k = nyears counts the territories without a figure (year 0). */
	for (size_t k = 0; k <= t->nyears; k++) {
		int from = k < t->nyears ? t->years[t->nyears - 1 - k] : 0;
		size_t n = 0;
		for (size_t i = 0; i < t->count; i++)
			n += sn_territories_figure_year(t, i, year) == from;
		if (n && from)
			fprintf(f, "%s%d (%zu territor%s)", sep, from, n, n == 1 ? "y" : "ies");
		else if (n)
			fprintf(f, "%snone (%zu territor%s)", sep, n, n == 1 ? "y" : "ies");
		sep = n ? ", " : sep;
	}
	if (fclose(f) != 0) {
		free(out);
		return NULL;
	}
	return out;
}

sn_error_t sn_doc_population_meta(sn_doc_t *doc, const sn_dataset_t *ds, int year)
{
	const sn_territories_t *t = ds->territories;
	bool mixed = false;
	sn_error_t err = sn_doc_meta_int(doc, "year", year);

	for (size_t i = 0; i < t->count && !mixed; i++)
		mixed = sn_territories_figure_year(t, i, year) != year;
	if (err == SN_OK && mixed && year) {
		char *years = figure_years(t, year);
		err = years ? sn_doc_meta(doc, "population_years", "%s", years)
			    : sn_error_set(SN_ENOMEM, "out of memory");
		free(years);
	}
	if (err == SN_OK)
		err = sn_doc_meta(doc, "population_rule", "%s", sn_dataset_population_rule(ds));
	return err;
}
