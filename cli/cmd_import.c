/* samnet import: public project registers into a samnet dataset (samnet/import.h). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "cli/commands.h"

static const cli_option_t options[] = {
	{ "country", 0, "CC", "keep projects with a participant in this country (default SE)" },
	{ "all", 0, NULL, "keep every project, whatever its participants' countries" },
	{ "types", 0, "FILE", "type mapping (key,type) overriding the type rules" },
	{ "into", 0, "DIR", "an existing dataset the import adds to (its actor ids, coalitions.csv "
			    "and territories.csv are kept)" },
	{ "project", 0, "COL", "table: the project column (required)" },
	{ "actor", 0, "COL", "table: the actor name column (required)" },
	{ "actor-id", 0, "COL", "table: an orgnr, PIC or own actor id column" },
	{ "role", 0, "COL", "table: role column (lead/coordinator, partner, associated)" },
	{ "start", 0, "COL", "table: project start date column" },
	{ "end", 0, "COL", "table: project end date column" },
	{ "amount", 0, "COL", "table: the participant's own amount column" },
	{ "currency", 0, "CUR", "table: currency of --amount (default SEK)" },
	{ "territory", 0, "COL", "table: kommun/län code or NUTS-3 column" },
	{ "type", 0, "COL", "table: actor type column (samnet types or a source vocabulary)" },
	{ "sep", 0, "C", "table: field separator ',' ';' or 'tab' (default: detected)" },
	{ NULL, 0, NULL, NULL }
};

static int table_spec(const cli_ctx_t *ctx, sn_import_table_spec_t *spec)
{
	const char *sep = cli_opt(ctx, "sep");

	memset(spec, 0, sizeof *spec);
	spec->project = cli_opt(ctx, "project");
	spec->actor = cli_opt(ctx, "actor");
	spec->actor_id = cli_opt(ctx, "actor-id");
	spec->role = cli_opt(ctx, "role");
	spec->start = cli_opt(ctx, "start");
	spec->end = cli_opt(ctx, "end");
	spec->amount = cli_opt(ctx, "amount");
	spec->currency_value = cli_opt(ctx, "currency");
	spec->territory = cli_opt(ctx, "territory");
	spec->type = cli_opt(ctx, "type");
	if (sep && strcmp(sep, "tab") == 0)
		spec->separator = '\t';
	else if (sep && (strlen(sep) != 1 || !strchr(",;\t", sep[0])))
		return cli_usage_error(ctx, "--sep expects ',', ';' or 'tab', got '%s'", sep);
	else if (sep)
		spec->separator = sep[0];
	return CLI_EXIT_OK;
}

/*
 * Refuses, before anything is read, a file of the output folder that is an
 * input of the run (issue 16): the files given, and with --into every file
 * of that dataset (so that -o cannot name the --into folder).
 */
static int refuse_inputs(const cli_ctx_t *ctx, const sn_dataset_folder_t *f)
{
	char **out = NULL, **into = NULL;
	size_t nout = 0, ninto = 0, nin = 0;
	const char *inputs[2 * CLI_MAX_FILES];
	sn_error_t err = sn_dataset_folder_paths(f, f->dir, &out, &nout);
	int rc;

	if (err == SN_OK && f->source)
		err = sn_dataset_folder_paths(f, f->source, &into, &ninto);
	for (size_t i = 0; i < ctx->ninputs; i++)
		inputs[nin++] = ctx->inputs[i];
	for (size_t i = 0; i < ninto && nin < 2 * CLI_MAX_FILES; i++)
		inputs[nin++] = into[i];
	rc = err != SN_OK ? cli_fail(err)
			  : cli_refuse_inputs((const char *const *)out, nout, inputs, nin);
	sn_dataset_paths_free(out, nout);
	sn_dataset_paths_free(into, ninto);
	return rc;
}

/* The import report on standard output (not to -o, which is the dataset folder). */
static int print_report(const cli_ctx_t *ctx, sn_import_t *imp)
{
	cli_ctx_t out = *ctx;
	cli_doc_t *doc;
	sn_error_t err = cli_doc_start(&doc, "import", ctx->output);
	int rc;

	out.output = NULL;
	if (err == SN_OK)
		err = sn_import_doc(doc, imp);
	rc = err == SN_OK ? cli_doc_write(doc, &out) : cli_fail(err);
	sn_doc_free(doc);
	return rc;
}

/* Reads every input (SOURCE INPUT... SOURCE INPUT...) into `imp`. */
static int read_inputs(const cli_ctx_t *ctx, sn_import_t *imp, sn_diag_t *diag)
{
	sn_import_table_spec_t spec;
	const char *source = NULL;
	const char *into = cli_opt(ctx, "into");
	const char *types = cli_opt(ctx, "types");
	int rc;
	sn_error_t err = SN_OK;

	if ((rc = table_spec(ctx, &spec)) != CLI_EXIT_OK)
		return rc;
	if (types && (err = sn_import_load_types(imp, types, diag)) != SN_OK)
		goto done;
	if (into && (err = sn_import_dataset(imp, into, diag)) != SN_OK)
		goto done;
	for (size_t i = 0; i < ctx->npositional && err == SN_OK; i++) {
		const char *arg = ctx->positional[i];
		if (sn_import_is_source(arg)) {
			source = arg;
			continue;
		}
		if (strcmp(source, "table") == 0 && (!spec.project || !spec.actor))
			return cli_usage_error(ctx, "import table needs --project COL and --actor COL");
		err = sn_import_read(imp, source, arg, &spec, diag);
	}
done:
	cli_print_diagnostics(diag);
	return err == SN_OK ? CLI_EXIT_OK : cli_fail(err);
}

static int check_args(cli_ctx_t *ctx)
{
	if (!ctx->output || strcmp(ctx->output, "-") == 0)
		return cli_usage_error(ctx, "give the output folder with -o DIR");
	if (ctx->npositional < 2 || !sn_import_is_source(ctx->positional[0]))
		return cli_usage_error(ctx, "expected SOURCE INPUT... (SOURCE: cordis, keep, kohesio, "
				       "esf or table)");
	for (size_t i = 1; i < ctx->npositional; i++)
		if (sn_import_is_source(ctx->positional[i]) &&
		    (i + 1 == ctx->npositional || sn_import_is_source(ctx->positional[i + 1])))
			return cli_usage_error(ctx, "source '%s' has no input", ctx->positional[i]);
	if (cli_flag(ctx, "all") && cli_opt(ctx, "country"))
		return cli_usage_error(ctx, "--all and --country exclude each other");
	for (size_t i = 0; i < ctx->npositional; i++)
		if (!sn_import_is_source(ctx->positional[i]) && cli_ctx_add_input(ctx, ctx->positional[i]))
			return CLI_EXIT_USAGE;
	return CLI_EXIT_OK;
}

static int run(cli_ctx_t *ctx)
{
	sn_import_options_t opts = SN_IMPORT_OPTIONS_INIT;
	sn_territories_t *terr = NULL;
	sn_import_t *imp = NULL;
	sn_dataset_folder_t folder;
	sn_diag_t diag;
	char path[4200];
	int rc;
	sn_error_t err;

	if ((rc = check_args(ctx)) != CLI_EXIT_OK)
		return rc;
	/* The files of the folder are known before the import is. */
	sn_import_folder(&folder, NULL, ctx->output, cli_opt(ctx, "into"));
	if ((rc = refuse_inputs(ctx, &folder)) != CLI_EXIT_OK)
		return rc;
	opts.country = cli_flag(ctx, "all") ? NULL : cli_opt(ctx, "country") ? cli_opt(ctx, "country") : "SE";
	sn_diag_init(&diag);
	snprintf(path, sizeof path, "%s/sweden/territories.csv", cli_bundled_dir());
	if ((err = sn_territories_load(&terr, path, NULL, &diag)) != SN_OK ||
	    (err = sn_import_new(&imp, &opts, terr)) != SN_OK) {
		cli_print_diagnostics(&diag);
		rc = cli_fail(err);
		goto done;
	}
	if ((rc = read_inputs(ctx, imp, &diag)) != CLI_EXIT_OK)
		goto done;
	sn_import_folder(&folder, imp, ctx->output, cli_opt(ctx, "into"));
	if ((rc = cli_write_dataset(&folder)) != CLI_EXIT_OK)
		goto done;
	if (!ctx->quiet)
		rc = print_report(ctx, imp);
done:
	sn_import_free(imp);
	sn_territories_free(terr);
	sn_diag_destroy(&diag);
	return rc;
}

static void help_more(FILE *fp)
{
	fputs("\nSources (doc/importers.md has the column mappings and identity rules):\n"
	      "  cordis   cordis-<FP7|h2020|HORIZON>projects-csv.zip, or a folder with\n"
	      "           project.csv and organization.csv\n"
	      "  keep     keep.eu's XLSX export (sheets 'Search results, projects' and\n"
	      "           'Search results, partners')\n"
	      "  kohesio  Kohesio's per-country CSV (one beneficiary per operation)\n"
	      "  esf      ESF-r\xc3\xa5" "det projektbanken export (';', bilingual headers, SEK)\n"
	      "  table    any CSV/TSV/XLSX, one row per participation (--project, --actor ...)\n"
	      "Several SOURCE INPUT... groups in one run are merged into one dataset.\n"
	      "Actors are keyed by organisationsnummer (Luhn-checked), else PIC, else\n"
	      "name + country + NUTS-3; never by name alone.\n", fp);
}

const cli_command_t cmd_import = {
	.name = "import",
	.usage = "SOURCE INPUT... [SOURCE INPUT...] -o DIR [OPTIONS]",
	.summary = "public registers (CORDIS, keep.eu, Kohesio, ESF, any table) into a dataset",
	.description = "Writes actors.csv, projects.csv, memberships.csv and aliases.csv into DIR\n"
	"(created when missing; the four files are replaced together or not at all)\n"
	"and prints the import report: rows read, projects, actors, participations,\n"
	"merges and on what key, rows skipped and why, suspected duplicates.\n"
	"Money is kept in the source's currency (amount, currency); a project's\n"
	"total is never copied onto its partners.",
	.options = options,
	.run = run,
	.help_more = help_more,
	.takes_arguments = true,
};
