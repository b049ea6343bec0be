/* samnet backbone: the significant ties of the actor projection. */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>


#include "cli/commands.h"

static const cli_option_t options[] = {
	{ "method", 'm', "M", "disparity (default), sdsm or fdsm" },
	{ "alpha", 'a', "A", "keep ties with (adjusted) p below A (default 0.05)" },
	{ "correction", 0, "C", "none (default), bonferroni or bh" },
	{ "projection", 'p', "W", "weighting for the disparity filter and the weight column: "
	  "count (default), newman, jaccard, overlap" },
	{ "samples", 'n', "N", "fdsm: curveball samples (default 1000)" },
	{ "trades", 0, "N", "fdsm: curveball trades before each sample (default 5 x memberships)" },
	{ "dataset", 0, NULL, "write a dataset folder to -o DIR instead of a table (see below)" },
	{ NULL, 0, NULL, NULL }
};

static int parse(cli_ctx_t *ctx, sn_backbone_options_t *o)
{
	long samples = 1000, trades = 0;
	int rc;

	*o = (sn_backbone_options_t)SN_BACKBONE_OPTIONS_INIT;
	if ((rc = cli_opt_long(ctx, "samples", 1, 10000000, &samples)) ||
	    (rc = cli_opt_long(ctx, "trades", 0, 2000000000, &trades)) ||
	    (rc = cli_opt_double(ctx, "alpha", 1e-300, 1, &o->alpha)))
		return rc;
	if (cli_opt(ctx, "method") && sn_backbone_method_parse(cli_opt(ctx, "method"), &o->method))
		return cli_usage_error(ctx, "%s", sn_error_last());
	if (cli_opt(ctx, "correction") && sn_padjust_parse(cli_opt(ctx, "correction"), &o->correction))
		return cli_usage_error(ctx, "%s", sn_error_last());
	if (cli_opt(ctx, "projection") && sn_weighting_parse(cli_opt(ctx, "projection"), &o->weighting))
		return cli_usage_error(ctx, "%s", sn_error_last());
	if (cli_flag(ctx, "dataset") && ctx->output == NULL)
		return cli_usage_error(ctx, "--dataset needs -o DIR");
	o->samples = (size_t)samples;
	o->trades = (size_t)trades;
	return CLI_EXIT_OK;
}

static const sn_actor_t *actor_of(const cli_data_t *d, igraph_integer_t v)
{
	return &d->ds->actors[d->net.actor_index[v]];
}

static cli_table_t *ties_table(const sn_backbone_t *bb, const cli_data_t *d)
{
	static const char *const str[] = { "actor_a", "name_a", "actor_b", "name_b" };
	static const char *const num[] = { "shared", "weight", "p", "p_adjusted" };
	cli_table_t *t = cli_table_new("ties", "Backbone ties");
	int bad = !t;

	for (size_t k = 0; !bad && k < 4; k++)
		bad |= cli_table_column(t, str[k], CLI_COL_STR);
	for (size_t k = 0; !bad && k < 4; k++)
		bad |= cli_table_column(t, num[k], k ? CLI_COL_REAL : CLI_COL_INT);
	for (igraph_integer_t e = 0; !bad && e < igraph_ecount(&bb->graph); e++) {
		igraph_integer_t u = IGRAPH_FROM(&bb->graph, e), v = IGRAPH_TO(&bb->graph, e);
		const sn_actor_t *a = actor_of(d, u < v ? u : v), *b = actor_of(d, u < v ? v : u);

		bad |= cli_table_row(t) || cli_table_str(t, 0, a->id) || cli_table_str(t, 1, a->name) ||
		       cli_table_str(t, 2, b->id) || cli_table_str(t, 3, b->name) ||
		       cli_table_int(t, 4, (int64_t)VECTOR(bb->shared)[e]) ||
		       cli_table_real(t, 5, VECTOR(bb->weight)[e]) ||
		       cli_table_real(t, 6, VECTOR(bb->p)[e]) ||
		       cli_table_real(t, 7, VECTOR(bb->p_adjusted)[e]);
	}
	if (!bad)
		return t;
	cli_table_free(t);
	return NULL;
}

/* Declares every file of --dataset DIR as an output, before the input is read. */
static int declare_outputs(cli_ctx_t *ctx, const sn_dataset_folder_t *f, char *paths[])
{
	for (size_t i = 0; i < f->nwritten + f->ncarried; i++) {
		const char *name = i < f->nwritten ? f->written[i] : f->carried[i - f->nwritten];

		if (asprintf(&paths[i], "%s/%s", f->dir, name) < 0) {
			paths[i] = NULL;
			return cli_fail(sn_error_set(SN_ENOMEM, "out of memory"));
		}
		cli_ctx_add_output(ctx, paths[i]);
	}
	return CLI_EXIT_OK;
}

static void on_progress(size_t done, size_t total, void *arg)
{
	cli_progress(arg, done, total);
}

static int report(const sn_backbone_t *bb, const cli_data_t *d, const sn_backbone_options_t *o,
		  cli_ctx_t *ctx)
{
	cli_doc_t *doc = cli_doc_new("backbone");
	int rc, bad;

	bad = cli_doc_meta(doc, "dataset", "%s", d->label) |
	      cli_doc_meta(doc, "method", "%s", sn_backbone_method_name(o->method)) |
	      cli_doc_meta_num(doc, "alpha", o->alpha) |
	      cli_doc_meta(doc, "correction", "%s over %zu hypotheses",
			   sn_padjust_name(o->correction), bb->family) |
	      cli_doc_meta(doc, "projection", "%s", sn_weighting_name(o->weighting)) |
	      cli_doc_meta(doc, "ties", "%" IGRAPH_PRId " kept of %zu tested",
			   igraph_ecount(&bb->graph), bb->tested);
	if (o->method == SN_BACKBONE_FDSM)
		bad |= cli_doc_meta(doc, "null model", "curveball, %zu samples, seed %" PRIu64,
				    o->samples, ctx->seed);
	bad |= cli_doc_table(doc, ties_table(bb, d));
	rc = bad ? cli_fail(sn_error_set(SN_ENOMEM, "out of memory")) : cli_doc_write(doc, ctx);
	cli_doc_free(doc);
	return rc;
}

static void free_paths(char *paths[], size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(paths[i]);
}

static int run(cli_ctx_t *ctx)
{
	enum { MAX_FILES = 8 };
	char *dst[MAX_FILES] = { NULL };
	sn_backbone_folder_t folder;
	sn_backbone_options_t o;
	cli_data_t d;
	sn_incidence_t inc;
	sn_backbone_t bb;
	sn_rng_t *rng = NULL;
	sn_error_t err;
	int rc;

	if ((rc = parse(ctx, &o)) != CLI_EXIT_OK)
		return rc;
	sn_backbone_folder(&folder, &bb, NULL, ctx->output, NULL);
	if ((cli_flag(ctx, "dataset") && (rc = declare_outputs(ctx, &folder.folder, dst)) != CLI_EXIT_OK) ||
	    (rc = cli_data_load(&d, ctx, NULL)) != CLI_EXIT_OK) {
		free_paths(dst, MAX_FILES);
		return rc;
	}
	sn_incidence_init(&inc);
	sn_backbone_init(&bb);
	o.progress = on_progress;
	o.progress_arg = ctx;
	err = sn_rng_new(&rng, ctx->seed);
	if (!err)
		err = cli_projection_check(&d, SN_MODE_ACTORS);
	if (!err)
		err = sn_incidence_from_network(&inc, &d.net);
	if (!err)
		err = sn_backbone_extract(&bb, &inc, &o, rng);
	folder.net = &d.net;
	folder.folder.source = d.path;
	if (err)
		rc = cli_fail(err);
	else if (cli_flag(ctx, "dataset"))
		rc = cli_write_dataset(&folder.folder);
	else
		rc = report(&bb, &d, &o, ctx);
	sn_backbone_destroy(&bb);
	sn_incidence_destroy(&inc);
	sn_rng_free(rng);
	cli_data_destroy(&d);
	free_paths(dst, MAX_FILES);
	return rc;
}

const cli_command_t cmd_backbone = {
	.name = "backbone",
	.usage = "[OPTIONS] [DATASET]",
	.summary = "the significant ties of the actor projection",
	.description =
		"Keeps the ties of the actor projection that are stronger than chance.\n"
		"disparity: the disparity filter (Serrano, Boguna & Vespignani 2009) on the\n"
		"  weighted projection; a tie is kept when alpha_ij = (1 - w/s)^(k-1) is below\n"
		"  A at either end (an end of degree 1 has alpha 1).\n"
		"sdsm: the stochastic degree sequence model (Neal 2014) with the bipartite\n"
		"  configuration model; p = P(shared >= observed), exact Poisson-binomial.\n"
		"fdsm: the fixed degree sequence model (Neal 2014); p from curveball samples,\n"
		"  (1 + #{samples with shared >= observed}) / (1 + samples).\n"
		"Corrections count all actor pairs for sdsm and fdsm, the tested ties for\n"
		"disparity.  The table lists the kept ties.  With --dataset -o DIR, DIR gets\n"
		"a dataset other commands can read: actors.csv (and territories.csv,\n"
		"coalitions.csv) copied from the input, one two-member project per kept tie\n"
		"(projects.csv with shared, weight, p, p_adjusted; memberships.csv), and the\n"
		"edge table ties.csv.  Its actor projection is the backbone (each tie counts\n"
		"one shared project; the original weights are in projects.csv).",
	.options = options,
	.uses_dataset = true,
	.run = run,
};
