/* Structure and group-mixing tables of an actor projection, for samnet summary. */
#include "config.h"

#include <stdlib.h>

#include "cli/structure_table.h"

static int row(cli_table_t *t, const char *measure, double value)
{
	return cli_table_row(t) | cli_table_str(t, 0, measure) | cli_table_real(t, 1, value);
}

static int share_row(cli_table_t *t, const char *measure, double share)
{
	return cli_table_row(t) | cli_table_str(t, 0, measure) | cli_table_share(t, 1, share);
}

static int dist_rows(cli_table_t *t, const char *what, const sn_distribution_t *dd)
{
	char name[4][64];
	static const char *const part[4] = { "min", "median", "max", "Gini" };
	const double v[4] = { dd->min, dd->median, dd->max, dd->gini };
	int bad = 0;

	for (int i = 0; i < 4; i++) {
		snprintf(name[i], sizeof name[i], "%s %s", what, part[i]);
		bad |= row(t, name[i], v[i]);
	}
	return bad;
}

static cli_table_t *structure_table(const sn_structure_t *s)
{
	cli_table_t *t = cli_table_new("structure", "Structure of the actor projection");
	int bad = !t || cli_table_column(t, "measure", CLI_COL_STR) |
		  cli_table_column(t, "value", CLI_COL_REAL);

	if (bad)
		goto fail;
	bad |= row(t, "density", s->density) | row(t, "components", (double)s->components) |
	       share_row(t, "largest component share", s->largest_share) |
	       row(t, "isolates", (double)s->isolates) |
	       row(t, "diameter in hops (longest finite)", s->diameter) |
	       row(t, "average path length (connected pairs)", s->average_path_length) |
	       row(t, "transitivity (global)", s->transitivity) |
	       row(t, "average clustering (degree < 2 as 0)", s->clustering_zero) |
	       row(t, "average clustering (degree >= 2 only)", s->clustering_defined) |
	       dist_rows(t, "degree", &s->degree) | dist_rows(t, "strength", &s->strength) |
	       row(t, "degeneracy (max k-core)", (double)s->degeneracy) |
	       row(t, "actors in the max k-core", (double)s->degeneracy_size) |
	       row(t, "articulation points", (double)s->articulation_points) |
	       row(t, "bridges", (double)s->bridges);
	if (!bad)
		return t;
fail:
	cli_table_free(t);
	return NULL;
}

/* Mixing of the projection by actor type (by_county false) or county (no county: ungrouped). */
static sn_error_t mixing(sn_mixing_t *out, const cli_data_t *d, const sn_projection_t *proj,
			 bool by_county)
{
	igraph_vector_int_t groups;
	sn_error_t err;

	if (igraph_vector_int_init(&groups, 0))
		return sn_error_set(SN_ENOMEM, "out of memory");
	err = sn_network_actor_groups(&groups, &d->net, by_county ? SN_GROUP_BY_COUNTY
								  : SN_GROUP_BY_TYPE);
	if (err == SN_OK)
		err = sn_structure_mixing(out, NULL, &proj->graph, &groups);
	igraph_vector_int_destroy(&groups);
	return err;
}

static cli_table_t *mixing_table(const sn_mixing_t m[2])
{
	static const char *const names[2] = { "type", "county" };
	cli_table_t *t = cli_table_new("mixing", "Mixing of ties between groups");
	int bad = !t || cli_table_column(t, "groups", CLI_COL_STR) |
		  cli_table_column(t, "ties_within", CLI_COL_INT) |
		  cli_table_column(t, "ties_between", CLI_COL_INT) |
		  cli_table_column(t, "ei_index", CLI_COL_REAL) |
		  cli_table_column(t, "assortativity", CLI_COL_REAL) |
		  cli_table_column(t, "actors_without_group", CLI_COL_INT);

	for (int k = 0; k < 2 && !bad; k++)
		bad |= cli_table_row(t) | cli_table_str(t, 0, names[k]) |
		       cli_table_int(t, 1, (int64_t)m[k].internal) |
		       cli_table_int(t, 2, (int64_t)m[k].external) | cli_table_real(t, 3, m[k].ei) |
		       cli_table_real(t, 4, m[k].assortativity) | cli_table_int(t, 5, m[k].ungrouped);
	if (!bad)
		return t;
	cli_table_free(t);
	return NULL;
}

sn_error_t cli_structure_tables(cli_doc_t *doc, const cli_data_t *d, const sn_projection_t *proj)
{
	sn_structure_t s;
	sn_mixing_t m[2];
	sn_error_t err;

	if ((err = sn_structure_summary(&s, &proj->graph, &proj->weight)) != SN_OK ||
	    (err = mixing(&m[0], d, proj, false)) != SN_OK ||
	    (err = mixing(&m[1], d, proj, true)) != SN_OK)
		return err;
	if (cli_doc_table(doc, structure_table(&s)) | cli_doc_table(doc, mixing_table(m)))
		return sn_error_set(SN_ENOMEM, "out of memory");
	return SN_OK;
}
