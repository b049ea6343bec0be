/* The report of an import as a document (samnet/import_doc.h). */
#include "config.h"

#include "export/doc_build.h"
#include "samnet/import_doc.h"

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
	static const sn__column_t cols[] = { { "item", SN_COL_STR, 0 }, { "count", SN_COL_INT, 0 } };
	sn_doc_table_t *t;
	sn_error_t err = sn__doc_table_with(&t, "report", "Import report", cols, 2);

	for (size_t i = 0; err == SN_OK && i < sizeof counts / sizeof *counts; i++)
		if ((err = sn_doc_table_row(t)) == SN_OK &&
		    (err = sn_doc_table_str(t, 0, counts[i].name)) == SN_OK)
			err = sn_doc_table_int(t, 1, (int64_t)counts[i].value);
	return sn__doc_add(doc, t, err);
}

static sn_error_t duplicates_table(sn_doc_t *doc, const sn_import_t *imp, size_t ndup)
{
	static const sn__column_t cols[] = { { "group", SN_COL_INT, 0 }, { "actor", SN_COL_STR, 0 } };
	sn_doc_table_t *t;
	sn_error_t err = sn__doc_table_with(&t, "suspected_duplicates", "Suspected duplicates "
					    "(same name, different keys): review", cols, 2);

	for (size_t g = 0; err == SN_OK && g < ndup; g++)
		for (size_t k = 0; err == SN_OK && k < sn_import_duplicate_size(imp, g); k++)
			if ((err = sn_doc_table_row(t)) == SN_OK &&
			    (err = sn_doc_table_int(t, 0, (int64_t)g + 1)) == SN_OK)
				err = sn_doc_table_str(t, 1, sn_import_duplicate_actor(imp, g, k));
	return sn__doc_add(doc, t, err);
}

sn_error_t sn_import_doc(sn_doc_t *doc, sn_import_t *imp)
{
	if (!doc || !imp)
		return sn_error_set(SN_EINVAL, "import report: no document or no import");
	size_t ndup = sn_import_duplicates(imp);
	sn_error_t err = counts_table(doc, sn_import_report(imp), ndup);

	return err == SN_OK ? duplicates_table(doc, imp, ndup) : err;
}
