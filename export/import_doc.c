/* The report of an import as a document (samnet/import_doc.h). */
#include "config.h"

#include "samnet/import_doc.h"

/* A table with the given columns, or NULL (err set). */
static sn_doc_table_t *new_table(const char *name, const char *title, const char *c0,
				 sn_coltype_t t0, const char *c1, sn_coltype_t t1, sn_error_t *err)
{
	sn_doc_table_t *t;

	if ((*err = sn_doc_table_new(&t, name, title)) != SN_OK)
		return NULL;
	if ((*err = sn_doc_table_column(t, c0, t0)) == SN_OK &&
	    (*err = sn_doc_table_column(t, c1, t1)) == SN_OK)
		return t;
	sn_doc_table_free(t);
	return NULL;
}

/* Adds `t` to `doc` when `err` is SN_OK, else frees it. */
static sn_error_t add_table(sn_doc_t *doc, sn_doc_table_t *t, sn_error_t err)
{
	if (err == SN_OK)
		return sn_doc_add_table(doc, t);
	sn_doc_table_free(t);
	return err;
}

static sn_error_t counts_table(sn_doc_t *doc, const sn_import_report_t *r, size_t ndup)
{
	const struct { const char *name; size_t value; } counts[] = {
		{ "rows read", r->rows }, { "projects", r->projects }, { "actors", r->actors },
		{ "participations", r->participations },
		{ "merged on orgnr", r->merged_orgnr }, { "merged on PIC", r->merged_pic },
		{ "merged on name+country+NUTS-3", r->merged_name },
		{ "merged on a source's own id", r->merged_id },
		{ "merged across sources", r->cross_source },
		{ "skipped: project outside --country", r->skipped_filter },
		{ "skipped: no project id", r->skipped_no_project },
		{ "skipped: no actor name or key", r->skipped_no_actor },
		{ "invalid orgnr ignored", r->invalid_orgnr },
		{ "rows whose keys named two actors", r->key_conflicts },
		{ "suspected duplicate groups", ndup },
	};
	sn_error_t err;
	sn_doc_table_t *t = new_table("report", "Import report", "item", SN_COL_STR, "count",
				      SN_COL_INT, &err);

	for (size_t i = 0; t && err == SN_OK && i < sizeof counts / sizeof *counts; i++)
		if ((err = sn_doc_table_row(t)) == SN_OK &&
		    (err = sn_doc_table_str(t, 0, counts[i].name)) == SN_OK)
			err = sn_doc_table_int(t, 1, (int64_t)counts[i].value);
	return t ? add_table(doc, t, err) : err;
}

static sn_error_t duplicates_table(sn_doc_t *doc, const sn_import_t *imp, size_t ndup)
{
	sn_error_t err;
	sn_doc_table_t *t = new_table("suspected_duplicates",
				      "Suspected duplicates (same name, different keys): review",
				      "group", SN_COL_INT, "actor", SN_COL_STR, &err);

	for (size_t g = 0; t && g < ndup; g++)
		for (size_t k = 0; err == SN_OK && k < sn_import_duplicate_size(imp, g); k++)
			if ((err = sn_doc_table_row(t)) == SN_OK &&
			    (err = sn_doc_table_int(t, 0, (int64_t)g + 1)) == SN_OK)
				err = sn_doc_table_str(t, 1, sn_import_duplicate_actor(imp, g, k));
	return t ? add_table(doc, t, err) : err;
}

sn_error_t sn_import_doc(sn_doc_t *doc, sn_import_t *imp)
{
	if (!doc || !imp)
		return sn_error_set(SN_EINVAL, "import report: no document or no import");
	size_t ndup = sn_import_duplicates(imp);
	sn_error_t err = counts_table(doc, sn_import_report(imp), ndup);

	return err == SN_OK ? duplicates_table(doc, imp, ndup) : err;
}
