/* The report of samnet backbone as a document (samnet/backbone_doc.h). */
#include "config.h"

#include <inttypes.h>

#include "export/doc_build.h"
#include "samnet/backbone_doc.h"

void sn_backbone_doc_options_init(sn_backbone_doc_options_t *o)
{
	*o = (sn_backbone_doc_options_t){ .backbone = SN_BACKBONE_OPTIONS_INIT, .seed = 0 };
}

static const sn_actor_t *actor_of(const sn_network_t *net, igraph_integer_t v)
{
	return &net->dataset->actors[net->actor_index[v]];
}

/* One row per kept tie, its lower vertex first. */
static sn_error_t tie_rows(sn_doc_table_t *t, const sn_backbone_t *bb, const sn_network_t *net)
{
	sn_error_t err = SN_OK;

	for (igraph_integer_t e = 0; err == SN_OK && e < igraph_ecount(&bb->graph); e++) {
		igraph_integer_t u = IGRAPH_FROM(&bb->graph, e), v = IGRAPH_TO(&bb->graph, e);
		const sn_actor_t *a = actor_of(net, u < v ? u : v), *b = actor_of(net, u < v ? v : u);

		if ((err = sn_doc_table_row(t)) || (err = sn_doc_table_str(t, 0, a->id)) ||
		    (err = sn_doc_table_str(t, 1, a->name)) || (err = sn_doc_table_str(t, 2, b->id)) ||
		    (err = sn_doc_table_str(t, 3, b->name)) ||
		    (err = sn_doc_table_int(t, 4, (int64_t)VECTOR(bb->shared)[e])) ||
		    (err = sn_doc_table_real(t, 5, VECTOR(bb->weight)[e])) ||
		    (err = sn_doc_table_real(t, 6, VECTOR(bb->p)[e])))
			break;
		err = sn_doc_table_real(t, 7, VECTOR(bb->p_adjusted)[e]);
	}
	return err;
}

static sn_error_t ties_table(sn_doc_t *doc, const sn_backbone_t *bb, const sn_network_t *net)
{
	static const char *const str[] = { "actor_a", "name_a", "actor_b", "name_b" };
	static const char *const num[] = { "shared", "weight", "p", "p_adjusted" };
	sn_doc_table_t *t;
	sn_error_t err = sn_doc_table_new(&t, "ties", "Backbone ties");

	for (size_t k = 0; err == SN_OK && k < 4; k++)
		err = sn_doc_table_column(t, str[k], SN_COL_STR);
	for (size_t k = 0; err == SN_OK && k < 4; k++)
		err = sn_doc_table_column(t, num[k], k ? SN_COL_REAL : SN_COL_INT);
	if (err == SN_OK)
		err = tie_rows(t, bb, net);
	if (err == SN_OK)
		return sn_doc_add_table(doc, t);
	sn_doc_table_free(t);
	return err;
}

static sn_error_t meta(sn_doc_t *doc, const sn_backbone_t *bb, const sn_backbone_doc_options_t *o)
{
	const sn_backbone_options_t *b = &o->backbone;
	sn_error_t err;

	if ((err = sn_doc_meta(doc, "method", "%s", sn_backbone_method_name(b->method))) ||
	    (err = sn_doc_meta_num(doc, "alpha", b->alpha)) ||
	    (err = sn_doc_meta(doc, "correction", "%s over %zu hypotheses",
			       sn_padjust_name(b->correction), bb->family)) ||
	    (err = sn_doc_meta(doc, "projection", "%s", sn_weighting_name(b->weighting))) ||
	    (err = sn_doc_meta(doc, "ties", "%" IGRAPH_PRId " kept of %zu tested",
			       igraph_ecount(&bb->graph), bb->tested)))
		return err;
	if (b->method == SN_BACKBONE_FDSM)
		err = sn_doc_meta(doc, "null model", "curveball, %zu samples, seed %" PRIu64,
				  b->samples, o->seed);
	return err;
}

sn_error_t sn_backbone_doc(sn_doc_t *doc, const sn_dataset_t *ds, const sn_network_t *net,
			   int year, const sn_backbone_doc_options_t *o)
{
	sn_backbone_doc_options_t defaults;
	sn_backbone_t bb;
	sn_error_t err;

	(void)year;
	if ((err = sn__doc_check_call(doc, ds, net, "backbone")) != SN_OK)
		return err;
	if (!o) {
		sn_backbone_doc_options_init(&defaults);
		o = &defaults;
	}
	sn_backbone_init(&bb);
	err = sn_backbone_of_network(&bb, net, &o->backbone, o->seed);
	if (err == SN_OK)
		err = meta(doc, &bb, o);
	if (err == SN_OK)
		err = ties_table(doc, &bb, net);
	sn_backbone_destroy(&bb);
	return err;
}
