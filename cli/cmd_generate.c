/* samnet generate: a synthetic collaboration dataset (samnet/generate.h). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "cli/commands.h"

static const cli_option_t options[] = {
	{ "actors", 'n', "N", "number of actors, at least 3 (default 1000)" },
	{ "projects", 'm', "M", "number of projects (default twice the actors)" },
	{ "counties", 0, "N", "counties in the territory tree (default min(21, actors/40), at least 1)" },
	{ "municipalities", 0, "N", "municipalities (default min(290, actors/4), at least one per county)" },
	{ "locality", 0, "P", "share of projects inside one county, 0..1 (default 0.8)" },
	{ "activity-sigma", 0, "S", "lognormal sigma of actor activity (default 1.0)" },
	{ "size-exponent", 0, "A", "power-law exponent of project sizes (default 2.5)" },
	{ "min-size", 0, "K", "smallest project (default 2)" },
	{ "max-size", 0, "K", "largest ordinary project (default 40)" },
	{ "large-share", 0, "P", "share of projects larger than --max-size, 0..1 (default 0.005)" },
	{ "large-max", 0, "K", "largest large project (default 120)" },
	{ "seed", 0, "N", "seed of the random number generator, 0..18446744073709551615 (default 1)" },
	{ "year", 0, "YYYY", "year of the population column (default 2024)" },
	{ "years", 0, "A-B", "projects start in years A..B and end 1 to 4 years later (default 2014-2023)" },
	{ NULL, 0, NULL, NULL }
};

static int size_opt(const cli_ctx_t *ctx, const char *name, long min, size_t *out)
{
	long v = (long)*out;
	int rc = cli_opt_long(ctx, name, min, 100000000L, &v);

	*out = (size_t)v;
	return rc;
}

static int read_params(const cli_ctx_t *ctx, sn_generate_params_t *p)
{
	int rc = CLI_EXIT_OK;
	long year = 2024;
	const char *seed = cli_opt(ctx, "seed");

	sn_generate_params_init(p);
	if (seed && !cli_parse_seed(seed, &p->seed))
		return cli_usage_error(ctx, "--seed expects a whole number 0..18446744073709551615, "
				       "got '%s'", seed);
	rc = rc ? rc : cli_opt_long(ctx, "year", 1000, 9999, &year);
	p->year = (int)year;
	rc = rc ? rc : size_opt(ctx, "actors", 3, &p->nactors);
	p->nprojects = 2 * p->nactors;
	rc = rc ? rc : size_opt(ctx, "projects", 1, &p->nprojects);
	rc = rc ? rc : size_opt(ctx, "counties", 1, &p->ncounties);
	rc = rc ? rc : size_opt(ctx, "municipalities", 1, &p->nmunicipalities);
	rc = rc ? rc : cli_opt_double(ctx, "locality", 0, 1, &p->locality);
	rc = rc ? rc : cli_opt_double(ctx, "activity-sigma", 0, 10, &p->activity_sigma);
	rc = rc ? rc : cli_opt_double(ctx, "size-exponent", 0, 20, &p->size_exponent);
	rc = rc ? rc : size_opt(ctx, "min-size", 2, &p->min_size);
	rc = rc ? rc : size_opt(ctx, "max-size", 2, &p->max_size);
	rc = rc ? rc : cli_opt_double(ctx, "large-share", 0, 1, &p->large_share);
	rc = rc ? rc : size_opt(ctx, "large-max", 2, &p->large_max);
	if (rc == CLI_EXIT_OK && cli_opt(ctx, "years")) {
		sn_years_t y;
		if (sn_years_parse(cli_opt(ctx, "years"), &y) != SN_OK || y.to > 9990)
			return cli_usage_error(ctx, "--years expects a year interval A-B within "
					       "1000-9990, got '%s'", cli_opt(ctx, "years"));
		p->first_year = y.from;
		p->last_year = y.to;
	}
	return rc;
}

static int write_dataset(FILE **fps, const void *arg)
{
	sn_error_t err = sn_generate_write(fps, arg);

	return err == SN_OK ? CLI_EXIT_OK : cli_fail(err);
}

/*
 * Creates the folder `dir` when missing and writes the four files into it
 * through the output module (replaced together, removed on a signal).
 */
static int generate(const char *dir, const sn_generate_params_t *p)
{
	char *paths[SN_GENERATE_NFILES] = { NULL };
	sn_error_t err = sn_dataset_folder_create(dir);
	int rc = CLI_EXIT_OK;

	if (err != SN_OK)
		return cli_fail(err);
	for (size_t i = 0; i < SN_GENERATE_NFILES && rc == CLI_EXIT_OK; i++)
		if (asprintf(&paths[i], "%s/%s", dir, sn_generate_file_name(i)) < 0) {
			paths[i] = NULL;
			rc = cli_fail(sn_error_set(SN_ENOMEM, "out of memory"));
		}
	if (rc == CLI_EXIT_OK)
		rc = cli_write_files((const char *const *)paths, SN_GENERATE_NFILES, write_dataset, p);
	for (size_t i = 0; i < SN_GENERATE_NFILES; i++)
		free(paths[i]);
	return rc;
}

static int run(cli_ctx_t *ctx)
{
	sn_generate_params_t p;
	sn_error_t err;
	size_t nc, nm;
	cli_doc_t *doc;
	cli_ctx_t out = *ctx;
	int rc;

	if (!ctx->output)
		return cli_usage_error(ctx, "give the output folder with -o DIR");
	if ((rc = read_params(ctx, &p)) != CLI_EXIT_OK)
		return rc;
	if ((err = sn_generate_params_check(&p)) != SN_OK) {
		/* A bad combination of parameters is a usage error. */
		const char *msg = sn_error_last();

		if (strncmp(msg, "generate: ", 10) == 0)
			msg += 10;
		return cli_usage_error(ctx, "%s", msg);
	}
	if ((rc = generate(ctx->output, &p)) != CLI_EXIT_OK)
		return rc;
	if (ctx->quiet)
		return CLI_EXIT_OK;
	/* -o names the dataset folder: the summary goes to stdout. */
	sn_generate_tree_size(&p, &nc, &nm);
	out.output = NULL;
	if ((err = cli_doc_start(&doc, "generate", ctx->output)) ||
	    (err = sn_doc_meta_uint(doc, "seed", p.seed)) ||
	    (err = sn_doc_meta_int(doc, "actors", (int64_t)p.nactors)) ||
	    (err = sn_doc_meta_int(doc, "projects", (int64_t)p.nprojects)) ||
	    (err = sn_doc_meta_int(doc, "counties", (int64_t)nc)) ||
	    (err = sn_doc_meta_int(doc, "municipalities", (int64_t)nm)) ||
	    (err = sn_doc_meta_num(doc, "locality", p.locality))) {
		cli_doc_free(doc);
		return cli_fail(err);
	}
	rc = cli_doc_write(doc, &out);
	cli_doc_free(doc);
	return rc;
}

const cli_command_t cmd_generate = {
	.name = "generate",
	.usage = "-o DIR [OPTIONS]",
	.summary = "a synthetic collaboration network of a given size, for benchmarks",
	.description = "Writes territories.csv, actors.csv, projects.csv and memberships.csv into DIR\n"
	"(created when missing; the files are replaced only when all four are written).\n"
	"Actors have lognormal activity; project sizes follow a power law on\n"
	"--min-size..--max-size, with a share --large-share up to --large-max; a share\n"
	"--locality of projects stays inside one county, the rest span counties.\n"
	"Municipal populations are lognormal.  The same --seed gives the same files.",
	.options = options,
	.run = run,
};
