/* samnet export: the network in every viewer's format (export.h). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "cli/commands.h"

static const cli_option_t options[] = {
	{ "format", 'f', "FMT", "one of the formats below (default graphml)" },
	{ "graph", 'g', "G", "two-mode (default: actors and projects), actors or projects" },
	{ "projection", 'p', "W", "weighting of a projection: count (default), newman, jaccard, overlap" },
	{ "with", 'w', "LIST", "computed columns to attach: population, centrality, communities, all, or measures by name" },
	{ "attribute", 'a', "NAME", "attribute for Pajek .clu/.vec, VOSviewer clusters and SVG colours "
				    "(default: community when computed, else type; population for .vec)" },
	{ "parts", 0, "N", "partitioned-csv: edge parts (default: at most 1 000 000 rows each)" },
	{ NULL, 0, NULL, NULL }
};

const cli_export_format_t cli_export_folder_formats[] = {
	{ "partitioned-csv", "DIR/", "vertices/ and edges/ part files and _SUCCESS, for Spark "
				     "GraphFrames or Neo4j (doc/scaling.md)" },
	{ NULL, NULL, NULL }
};

typedef struct {
	sn_export_format_t format;
	sn_export_t x;
} job_t;

static int write_one(FILE *fp, const void *arg)
{
	const job_t *job = arg;
	sn_error_t err = sn_export_write(fp, job->format, &job->x);

	return err == SN_OK ? CLI_EXIT_OK : cli_fail(err);
}

/* Writes format f to `path` (through cli_write_file()) or, when path is NULL, to standard output. */
static int emit(job_t *job, sn_export_format_t f, const char *path)
{
	job->format = f;
	if (path)
		return cli_write_file(path, write_one, job);
	return write_one(stdout, job);
}

/* PREFIX + suffix, PREFIX being -o without a trailing ".csv", ".txt" or ".net". */
static char *companion(const char *output, const char *suffix)
{
	size_t n = strlen(output);
	char *s;

	if (n > 4 && (strcmp(output + n - 4, ".csv") == 0 || strcmp(output + n - 4, ".txt") == 0 ||
		      strcmp(output + n - 4, ".net") == 0))
		n -= 4;
	if ((s = malloc(n + strlen(suffix) + 1))) {
		memcpy(s, output, n);
		strcpy(s + n, suffix);
	}
	return s;
}

typedef struct {
	job_t *job;
	sn_export_format_t formats[2];
} pair_t;

static int write_pair(FILE **fps, const void *arg)
{
	const pair_t *p = arg;
	int rc = CLI_EXIT_OK;

	for (size_t i = 0; i < 2 && rc == CLI_EXIT_OK; i++) {
		p->job->format = p->formats[i];
		rc = write_one(fps[i], p->job);
	}
	return rc;
}

/* A pair of the registry (csv, vosviewer), or pajek with an attribute: both files or neither. */
static int emit_pair(job_t *job, const cli_ctx_t *ctx, sn_export_format_t a, const char *sa,
		     sn_export_format_t b, const char *sb)
{
	pair_t pair = { job, { a, b } };
	char *paths[2];
	int rc;

	if (!ctx->output) {
		if ((rc = emit(job, a, NULL)) != CLI_EXIT_OK)
			return rc;
		fputc('\n', stdout);
		return emit(job, b, NULL);
	}
	paths[0] = companion(ctx->output, sa);
	paths[1] = companion(ctx->output, sb);
	if (!paths[0] || !paths[1])
		rc = cli_fail(sn_error_set(SN_ENOMEM, "out of memory"));
	else
		rc = cli_write_files((const char *const *)paths, 2, write_pair, &pair);
	free(paths[0]);
	free(paths[1]);
	return rc;
}

/*
 * Declares the files -o will name (ctx->outputs, in `owned`, freed by the
 * caller) so that cli_data_load() refuses one that is an input: the two
 * files of a pair format (csv, vosviewer), the .net, .clu and .vec of pajek
 * with an attribute (whichever it will be), or -o itself.
 */
static int declare_outputs(cli_ctx_t *ctx, const char *fmt, char *owned[3])
{
	static const char *const pajek[] = { ".net", ".clu", ".vec" };
	const sn_export_format_info_t *info;
	const char *const *suffixes = NULL;
	size_t n = 0;

	if (sn_export_format_find(fmt, &info) == SN_OK && info->nfiles == 2) {
		suffixes = info->extension;
		n = 2;
	} else if (strcmp(fmt, "pajek") == 0 && cli_opt(ctx, "attribute")) {
		suffixes = pajek;
		n = 3;
	}
	if (!ctx->output)
		return CLI_EXIT_OK;
	for (size_t i = 0; i < n; i++) {
		if (!(owned[i] = companion(ctx->output, suffixes[i])))
			return cli_fail(sn_error_set(SN_ENOMEM, "out of memory"));
		cli_ctx_add_output(ctx, owned[i]);
	}
	return CLI_EXIT_OK;
}

/* partitioned-csv: the folder -o of part files for Spark or Neo4j (samnet/partitioned.h). */
static int emit_partitioned(const job_t *job, const cli_ctx_t *ctx)
{
	sn_partitioned_options_t o = SN_PARTITIONED_OPTIONS_INIT;
	long parts = 0;
	sn_error_t err;
	int rc;

	if (!ctx->output)
		return cli_usage_error(ctx, "--format partitioned-csv writes a folder: give -o DIR");
	if ((rc = cli_opt_long(ctx, "parts", 1, 1000000, &parts)) != CLI_EXIT_OK)
		return rc;
	o.parts = (size_t)parts;
	err = sn_export_partitioned(ctx->output, &job->x, &o);
	return err == SN_OK ? CLI_EXIT_OK : cli_fail(err);
}

static int dispatch(job_t *job, const cli_ctx_t *ctx, const char *fmt)
{
	const sn_export_format_info_t *info;
	sn_export_format_t f;

	if (strcmp(fmt, "partitioned-csv") == 0)
		return emit_partitioned(job, ctx);
	if (sn_export_format_find(fmt, &info) != SN_OK)
		return cli_usage_error(ctx, "%s", sn_error_last());
	if (info->files_only && !ctx->output)
		return cli_usage_error(ctx, "--format %s writes two files: give -o PREFIX (or use "
				       "%s / %s)", info->name, sn_export_format_name(info->files[0]),
				       sn_export_format_name(info->files[1]));
	if (info->nfiles == 2)
		return emit_pair(job, ctx, info->files[0], info->extension[0], info->files[1],
				 info->extension[1]);
	f = info->files[0];
	if (f == SN_EXPORT_PAJEK && ctx->output && job->x.attribute) {
		long k = sn_columns_find(job->x.columns, job->x.attribute);
		/* Measures and population are vectors; everything else is a partition. */
		bool real = strcmp(job->x.attribute, "population") == 0 ||
			    (k >= 0 && job->x.columns->items[k].type == SN_COLUMN_REAL);
		return emit_pair(job, ctx, SN_EXPORT_PAJEK, ".net",
				 real ? SN_EXPORT_PAJEK_VEC : SN_EXPORT_PAJEK_CLU, real ? ".vec" : ".clu");
	}
	return emit(job, f, ctx->output);
}

static void free_all(char *owned[3])
{
	for (size_t i = 0; i < 3; i++)
		free(owned[i]);
}

static int run(cli_ctx_t *ctx)
{
	const char *fmt = cli_opt(ctx, "format") ? cli_opt(ctx, "format") : "graphml";
	const char *graph = cli_opt(ctx, "graph") ? cli_opt(ctx, "graph") : "two-mode";
	sn_weighting_t w = SN_WEIGHT_COUNT;
	sn_projection_t proj;
	sn_columns_t cols;
	job_t job = { SN_EXPORT_GRAPHML, SN_EXPORT_INIT };
	char *owned[3] = { NULL, NULL, NULL };
	cli_data_t d;
	sn_columns_spec_t with;
	sn_mode_t mode;
	sn_error_t err;
	int rc;

	if (cli_opt(ctx, "projection") && sn_weighting_parse(cli_opt(ctx, "projection"), &w) != SN_OK)
		return cli_usage_error(ctx, "%s", sn_error_last());
	if (strcmp(graph, "two-mode") != 0 && strcmp(graph, "actors") != 0 &&
	    strcmp(graph, "projects") != 0)
		return cli_usage_error(ctx, "--graph expects two-mode, actors or projects, got '%s'", graph);
	if (sn_columns_spec_parse(&with, cli_opt(ctx, "with")) != SN_OK)
		return cli_usage_error(ctx, "--with: %s", sn_error_last());
	mode = strcmp(graph, "projects") == 0 ? SN_MODE_PROJECTS : SN_MODE_ACTORS;
	sn_projection_init(&proj);
	sn_columns_init(&cols, 0);
	if ((rc = declare_outputs(ctx, fmt, owned)) != CLI_EXIT_OK ||
	    (rc = cli_data_load(&d, ctx, NULL)) != CLI_EXIT_OK) {
		free_all(owned);
		return rc;
	}
	sn_columns_init(&cols, d.net.nactors + d.net.nprojects);
	if ((strcmp(graph, "two-mode") != 0 ||
	     sn_columns_spec_needs_projection(&with)) &&
	    (err = cli_projection_build(&proj, &d, mode, w)) != SN_OK) {
		rc = cli_fail(err);
		goto done;
	}
	if ((err = sn_columns_add_spec(&cols, &d.net, &proj, &with, d.year, ctx->seed)) != SN_OK) {
		rc = cli_fail(err);
		goto done;
	}
	job.x.net = &d.net;
	job.x.proj = strcmp(graph, "two-mode") == 0 ? NULL : &proj;
	job.x.columns = &cols;
	job.x.attribute = cli_opt(ctx, "attribute");
	job.x.seed = ctx->seed;
	rc = dispatch(&job, ctx, fmt);
done:
	sn_columns_destroy(&cols);
	sn_projection_destroy(&proj);
	cli_data_destroy(&d);
	free_all(owned);
	return rc;
}

/* The formats, from the library's registry and cli_export_folder_formats: name, ending(s), description. */
static void formats_help(FILE *fp)
{
	enum { FORMAT_INDENT = 2 + 17 + 1 + 21 + 1 };

	fputs("\nFormats:\n", fp);
	for (size_t i = 0; i < sn_export_format_count(); i++) {
		const sn_export_format_info_t *info = sn_export_format_at(i);
		char ends[64], left[128];
		snprintf(ends, sizeof ends, info->nfiles == 2 ? "%s %s" : "%s", info->extension[0],
			 info->extension[1]);
		snprintf(left, sizeof left, "  %-17s %s", info->name, ends);
		cli_help_item(fp, left, FORMAT_INDENT, info->description);
	}
	for (const cli_export_format_t *f = cli_export_folder_formats; f->name; f++) {
		char left[128];
		snprintf(left, sizeof left, "  %-17s %s", f->name, f->output);
		cli_help_item(fp, left, FORMAT_INDENT, f->description);
	}
}

const cli_command_t cmd_export = {
	.name = "export",
	.usage = "[OPTIONS] [DATASET]",
	.summary = "the network for Gephi, Cytoscape, VOSviewer, Graphviz, NetworkX or D3",
	.description =
		"Writes the two-mode network (or a projection, --graph actors|projects) with\n"
		"every attribute of actors.csv and projects.csv, typed, and the computed columns\n"
		"of --with.  Numbers always use a '.' decimal point.  csv writes a node and an\n"
		"edge table (to PREFIX_nodes.csv and PREFIX_edges.csv with -o PREFIX); vosviewer\n"
		"writes PREFIX_map.txt and PREFIX_network.txt; pajek with --attribute and -o also\n"
		"writes the .clu (or .vec) file beside the .net.  Files written together are\n"
		"replaced together or not at all.  For Gephi, use gexf or graphml.",
	.help_more = formats_help,
	.options = options,
	.uses_dataset = true,
	.run = run,
};
