/* export/doc_build.c: shared steps of the document builders (export/doc_build.h). */
#include "config.h"

#include "export/doc_build.h"

sn_error_t sn__doc_columns(sn_doc_table_t *t, const sn__column_t *cols, size_t n)
{
	sn_error_t err = SN_OK;

	for (size_t c = 0; c < n && err == SN_OK; c++) {
		err = sn_doc_table_column(t, cols[c].name, cols[c].type);
		if (err == SN_OK && cols[c].priority)
			err = sn_doc_table_priority(t, sn_doc_table_ncols(t) - 1, cols[c].priority);
	}
	return err;
}

sn_error_t sn__doc_table_with(sn_doc_table_t **out, const char *name, const char *title,
			      const sn__column_t *cols, size_t n)
{
	sn_error_t err;

	*out = NULL;
	err = sn_doc_table_new(out, name, title);
	if (err == SN_OK && (err = sn__doc_columns(*out, cols, n))) {
		sn_doc_table_free(*out);
		*out = NULL;
	}
	return err;
}

sn_error_t sn__doc_add(sn_doc_t *doc, sn_doc_table_t *t, sn_error_t err)
{
	if (err != SN_OK) {
		sn_doc_table_free(t);
		return err;
	}
	return sn_doc_add_table(doc, t);
}

sn_error_t sn__doc_status(int chain)
{
	if (chain == SN_OK || (chain >= SN_ELIMIT && chain <= SN_ENOMEM))
		return (sn_error_t)chain;
	return SN_ENOMEM;
}

sn_error_t sn__doc_check_call(const sn_doc_t *doc, const sn_dataset_t *ds,
			      const sn_network_t *net, const char *what)
{
	if (!doc || !ds || !net || !net->built || net->dataset != ds)
		return sn_error_set(SN_EINVAL, "%s: no document, or no network built from the "
				    "dataset", what);
	return SN_OK;
}
