/* samnet summary: the structure of a dataset at a glance. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "cli/commands.h"
#include "cli/structure_table.h"

static const cli_option_t options[] = {
	{ "projection", 'p', "W", "weighting of the actor projection: count (default), newman, jaccard, overlap" },
	{ "structure", 0, NULL, "also the structure of the actor projection and the mixing of ties by type and county" },
	{ NULL, 0, NULL, NULL }
};

typedef struct {
	igraph_integer_t components;
	double largest_share;  /* share of network actors in the largest component */
} components_t;

static sn_error_t two_mode_components(const sn_network_t *net, components_t *out)
{
	igraph_vector_int_t membership = { 0 }, sizes = { 0 };  /* zeroed: destroy is safe if init fails */
	igraph_integer_t n;
	sn_error_t err = SN_OK;

	if (igraph_vector_int_init(&membership, 0) || igraph_vector_int_init(&sizes, 0))
		err = sn_error_set(SN_ENOMEM, "out of memory");
	if (err == SN_OK)
		err = sn_error_from_igraph(igraph_connected_components(&net->graph, &membership,
								       &sizes, &n, IGRAPH_WEAK),
					   "components");
	if (err == SN_OK) {
		/* Count actors (not projects) per component. */
		igraph_integer_t *actors = calloc((size_t)n + 1, sizeof *actors), best = 0;
		if (!actors) {
			err = sn_error_set(SN_ENOMEM, "out of memory");
		} else {
			for (size_t v = 0; v < net->nactors; v++)
				actors[VECTOR(membership)[v]]++;
			for (igraph_integer_t c = 0; c < n; c++)
				best = actors[c] > best ? actors[c] : best;
			out->components = n;
			out->largest_share = net->nactors ? (double)best / (double)net->nactors : 0;
			free(actors);
		}
	}
	igraph_vector_int_destroy(&membership);
	igraph_vector_int_destroy(&sizes);
	return err;
}

static int add_row(cli_table_t *t, const char *measure, int64_t ivalue, double rvalue, bool is_int)
{
	if (cli_table_row(t) || cli_table_str(t, 0, measure))
		return -1;
	return is_int ? cli_table_int(t, 1, ivalue) : cli_table_real(t, 2, rvalue);
}

static int add_share_row(cli_table_t *t, const char *measure, double share)
{
	return cli_table_row(t) || cli_table_str(t, 0, measure) ? -1 : cli_table_share(t, 2, share);
}

static cli_table_t *overview(const cli_data_t *d, const sn_projection_t *proj,
			     const components_t *comp, int64_t covered, int64_t national)
{
	const sn_network_t *net = &d->net;
	cli_table_t *t = cli_table_new("overview", "Overview");
	double np = (double)net->nprojects, na = (double)net->nactors;
	double m = (double)d->ds->nmemberships;
	double ties = (double)igraph_ecount(&proj->graph);
	int bad = 0;

	if (!t || cli_table_column(t, "measure", CLI_COL_STR) ||
	    cli_table_column(t, "count", CLI_COL_INT) || cli_table_column(t, "value", CLI_COL_REAL))
		goto fail;
	bad |= add_row(t, "actors in the network", (int64_t)net->nactors, 0, true);
	bad |= add_row(t, "actors known", (int64_t)d->ds->nactors, 0, true);
	bad |= add_row(t, "projects", (int64_t)net->nprojects, 0, true);
	bad |= add_row(t, "memberships", (int64_t)m, 0, true);
	bad |= add_row(t, "two-mode density", 0, na * np > 0 ? m / (na * np) : 0, false);
	bad |= add_row(t, "average project size", 0, np > 0 ? m / np : 0, false);
	bad |= add_row(t, "average projects per actor", 0, na > 0 ? m / na : 0, false);
	bad |= add_row(t, "components", (int64_t)comp->components, 0, true);
	bad |= add_share_row(t, "largest component share of actors", comp->largest_share);
	bad |= add_row(t, "projection ties", (int64_t)ties, 0, true);
	bad |= add_row(t, "projection density", 0, na > 1 ? 2 * ties / (na * (na - 1)) : 0, false);
	bad |= add_row(t, "population covered", covered, 0, true);
	bad |= add_share_row(t, "population covered share",
			     national > 0 ? (double)covered / (double)national : 0);
	if (!bad)
		return t;
fail:
	cli_table_free(t);
	return NULL;
}

static cli_table_t *by_type(const cli_data_t *d)
{
	const sn_dataset_t *ds = d->ds;
	int64_t actors[SN_ACTOR_TYPE_COUNT] = { 0 }, memberships[SN_ACTOR_TYPE_COUNT] = { 0 };
	cli_table_t *t = cli_table_new("actors_by_type", "Actors by type");

	for (size_t v = 0; v < d->net.nactors; v++)
		actors[ds->actors[d->net.actor_index[v]].type]++;
	for (size_t i = 0; i < ds->nmemberships; i++)
		memberships[ds->actors[ds->memberships[i].actor].type]++;
	if (!t || cli_table_column(t, "type", CLI_COL_STR) ||
	    cli_table_column(t, "actors", CLI_COL_INT) ||
	    cli_table_column(t, "memberships", CLI_COL_INT))
		goto fail;
	for (int k = 0; k < SN_ACTOR_TYPE_COUNT; k++) {
		if (!actors[k])
			continue;
		if (cli_table_row(t) || cli_table_str(t, 0, sn_actor_type_name((sn_actor_type_t)k)) ||
		    cli_table_int(t, 1, actors[k]) || cli_table_int(t, 2, memberships[k]))
			goto fail;
	}
	return t;
fail:
	cli_table_free(t);
	return NULL;
}

static int run(cli_ctx_t *ctx)
{
	cli_data_t d;
	sn_projection_t proj;
	sn_weighting_t w = SN_WEIGHT_COUNT;
	components_t comp = { 0, 0 };
	cli_doc_t *doc = NULL;
	int64_t covered = 0, national = 0;
	size_t *actors = NULL;
	sn_error_t err;
	int rc;

	if (cli_opt(ctx, "projection") && sn_weighting_parse(cli_opt(ctx, "projection"), &w) != SN_OK)
		return cli_usage_error(ctx, "%s", sn_error_last());
	sn_projection_init(&proj);
	if ((rc = cli_data_load(&d, ctx, NULL)) != CLI_EXIT_OK)
		return rc;
	actors = malloc((d.net.nactors + 1) * sizeof *actors);
	if (!actors) {
		rc = cli_fail(sn_error_set(SN_ENOMEM, "out of memory"));
		goto done;
	}
	memcpy(actors, d.net.actor_index, d.net.nactors * sizeof *actors);
	if ((err = cli_projection_build(&proj, &d, SN_MODE_ACTORS, w)) != SN_OK ||
	    (err = two_mode_components(&d.net, &comp)) != SN_OK ||
	    (err = sn_dataset_represented_population(d.ds, actors, d.net.nactors, d.year, &covered)) ||
	    (err = sn_territories_population(d.ds->territories, d.ds->territories->root, d.year,
					     &national))) {
		rc = cli_fail(err);
		goto done;
	}
	doc = cli_doc_new("summary");
	if (cli_doc_meta(doc, "dataset", "%s", d.label) | cli_doc_population_meta(doc, &d) |
	    cli_doc_meta(doc, "projection", "%s", sn_weighting_name(w)) |
	    cli_doc_table(doc, overview(&d, &proj, &comp, covered, national)) |
	    cli_doc_table(doc, by_type(&d)))
		rc = cli_fail(sn_error_set(SN_ENOMEM, "out of memory"));
	else if (cli_flag(ctx, "structure") && (err = cli_structure_tables(doc, &d, &proj)) != SN_OK)
		rc = cli_fail(err);
	else
		rc = cli_doc_write(doc, ctx);
done:
	free(actors);
	cli_doc_free(doc);
	sn_projection_destroy(&proj);
	cli_data_destroy(&d);
	return rc;
}

const cli_command_t cmd_summary = {
	.name = "summary",
	.usage = "[OPTIONS] [DATASET]",
	.summary = "the structure of the network at a glance",
	.description = "Counts of actors, projects and memberships, density, components, the size of\n"
		       "the actor projection, actors by type, and the population the actors cover\n"
		       "(the union of their territories) with its share of the national total.",
	.options = options,
	.uses_dataset = true,
	.run = run,
};
