/*
 * Fuzz harness of the dataset loader (base/dataset*.c, selector.c,
 * territory.c) and what is built on a loaded dataset (network.c,
 * projection.c).  The input is split at the byte 0x1E (ASCII record
 * separator) into actors.csv, memberships.csv, territories.csv,
 * projects.csv and coalitions.csv, in that order; a part that is absent or
 * empty is not written (territories then default to a three-level tree of 4
 * nodes).
 * The first byte holds flags (Latin-1, keep isolated territorial actors).
 */
#include "config.h"

#include "samnet/advanced.h"
#include "tests/fuzz/fuzz.h"

static const char *const files[] = { "actors.csv", "memberships.csv", "territories.csv",
				     "projects.csv", "coalitions.csv", "default.csv" };
enum { NFILES = 5 };

static const char default_tree[] =
	"code,name,parent,population_2023,population_2024\n"
	"SE,Sverige,,,\n12,Skåne,SE,100,\n1280,Malmö,12,60,61\n1281,Lund,12,40,41\n";

/* Everything a command does with a loaded dataset, within small limits. */
static void use(const sn_dataset_t *ds, bool isolated)
{
	sn_network_options_t nopts = { isolated, false, NULL };
	sn_network_t net;
	int year = sn_territories_latest_year(ds->territories);
	size_t *all = malloc((ds->nactors + 1) * sizeof *all);
	int64_t pop;

	/* Invariants of a loaded dataset: every id finds itself, every membership points at a
	 * known project and actor, and a population is never negative.  A breach aborts. */
	for (size_t a = 0; all && a < ds->nactors; a++) {
		all[a] = a;
		(void)sn_dataset_actor_county(ds, a);
		if (sn_dataset_find_actor(ds, ds->actors[a].id) != a)
			abort();
	}
	for (size_t m = 0; m < ds->nmemberships; m++)
		if (ds->memberships[m].project >= ds->nprojects || ds->memberships[m].actor >= ds->nactors)
			abort();
	if (all && sn_dataset_represented_population(ds, all, ds->nactors, year, &pop) == SN_OK &&
	    pop < 0)
		abort();
	free(all);
	for (size_t c = 0; c < ds->ncoalitions; c++)
		(void)sn_dataset_represented_population(ds, ds->coalitions[c].actors,
							ds->coalitions[c].nactors, year, &pop);
	for (size_t i = 0; i < ds->territories->count; i++)
		(void)sn_territories_population(ds->territories, i, year, &pop);
	sn_network_init(&net);
	if (sn_network_build(&net, ds, &nopts) == SN_OK) {
		/* The two-mode graph holds the network's actors and projects, nothing else. */
		if ((size_t)igraph_vcount(&net.graph) != net.nactors + net.nprojects)
			abort();
		for (int w = SN_WEIGHT_COUNT; w <= SN_WEIGHT_OVERLAP; w++) {
			sn_projection_t proj;
			sn_projection_init(&proj);
			(void)sn_projection_build(&proj, &net, w % 2 ? SN_MODE_PROJECTS : SN_MODE_ACTORS,
						  (sn_weighting_t)w, 20000);
			sn_projection_destroy(&proj);
		}
		for (igraph_integer_t v = 0; v < igraph_vcount(&net.graph); v++)
			(void)sn_network_vertex_id(&net, v);
	}
	sn_network_destroy(&net);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	sn_dataset_options_t opts = { SN_TABLE_OPTIONS_INIT, NULL };
	char dir[] = "/tmp/samnet-fuzz-XXXXXX", tree[64];
	sn_dataset_t *ds = NULL;
	sn_diag_t diag;
	size_t part = 0;

	if (size < 1 || !mkdtemp(dir))
		return 0;
	sn_setup();
	opts.table.latin1 = data[0] & 1;
	bool isolated = data[0] & 2;
	data++;
	size--;
	snprintf(tree, sizeof tree, "%s/default.csv", dir);
	fuzz_write(dir, "default.csv", (const uint8_t *)default_tree, sizeof default_tree - 1);
	opts.default_territories = tree;
	while (part < NFILES) {
		const uint8_t *end = memchr(data, 0x1E, size);
		size_t len = end ? (size_t)(end - data) : size;
		if (len)  /* an empty part stands for an absent file */
			fuzz_write(dir, files[part], data, len);
		part++;
		if (!end)
			break;
		data += len + 1;
		size -= len + 1;
	}
	sn_diag_init(&diag);
	diag.cap = 16;
	sn_error_t err = sn_dataset_load(&ds, dir, &opts, &diag);
	/* A dataset is loaded exactly when no error was reported. */
	if ((err == SN_OK) != (diag.errors == 0 && ds != NULL) && err != SN_ENOMEM && err != SN_EIO)
		abort();
	if (err == SN_OK)
		use(ds, isolated);
	for (size_t k = 0; k < diag.count; k++)
		free(sn_diag_format(&diag, k));
	sn_dataset_free(ds);
	sn_diag_destroy(&diag);
	fuzz_cleanup(dir, files, NFILES + 1);
	return 0;
}
