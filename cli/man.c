/*
 * Man pages and shell-completion words, generated from the command and
 * option tables that drive parsing and --help: samnet(1), samnet-NAME(1).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "cli/commands.h"

/* Writes text as roff: backslashes escaped, '-' as \-, a leading '.' or '\'' guarded. */
static void roff_text(FILE *fp, const char *s)
{
	bool line_start = true;

	for (; *s; s++) {
		if (line_start && (*s == '.' || *s == '\''))
			fputs("\\&", fp);
		if (*s == '\\')
			fputs("\\e", fp);
		else if (*s == '-')
			fputs("\\-", fp);
		else if (*s == ',')
			fputs(",\\:", fp);   /* a line may break after a comma */
		else
			fputc(*s, fp);
		line_start = *s == '\n';
	}
}

/* A paragraph of --help text: its line breaks kept as they are (no fill). */
static void roff_block(FILE *fp, const char *s)
{
	fputs(".nf\n", fp);
	roff_text(fp, s);
	if (s[0] && s[strlen(s) - 1] != '\n')
		fputc('\n', fp);
	fputs(".fi\n", fp);
}

/* Options of `table`, leaving out those `overrides` defines (may be NULL). */
static void roff_options(FILE *fp, const cli_option_t *table, const cli_option_t *overrides)
{
	for (size_t i = 0; table && table[i].name; i++) {
		bool overridden = false;
		for (size_t k = 0; overrides && overrides[k].name; k++)
			overridden |= strcmp(overrides[k].name, table[i].name) == 0;
		if (overridden)
			continue;
		fputs(".TP\n", fp);
		if (table[i].short_name)
			fprintf(fp, "\\fB\\-%c\\fR, ", table[i].short_name);
		fputs("\\fB\\-\\-", fp);
		roff_text(fp, table[i].name);
		fputs("\\fR", fp);
		if (table[i].arg) {
			fputs(" \\fI", fp);
			roff_text(fp, table[i].arg);
			fputs("\\fR", fp);
		}
		fputc('\n', fp);
		roff_text(fp, table[i].help);
		fputc('\n', fp);
	}
}

static void header(FILE *fp, const char *name, const char *summary)
{
	fputs(".TH ", fp);
	for (const char *p = name; *p; p++)
		fputc(*p >= 'a' && *p <= 'z' ? *p - 'a' + 'A' : *p, fp);
	/* Left-adjusted, unhyphenated: long comma lists leave too few spaces to justify. */
	fprintf(fp, " 1 \"\" \"%s\" \"User Commands\"\n.ad l\n.nh\n.SH NAME\n", PACKAGE_STRING);
	roff_text(fp, name);
	fputs(" \\- ", fp);
	roff_text(fp, summary);
	fputc('\n', fp);
}

static void common_sections(FILE *fp, bool dataset)
{
	fputs(".SH OUTPUT FILES\n\\fB\\-o\\fR \\fIFILE\\fR: ", fp);
	roff_text(fp, cli_help_outfile);
	fputs("\n.SH EXIT STATUS\n", fp);
	roff_text(fp, cli_help_exit);
	fputc('\n', fp);
	if (dataset)
		fputs(".SH ENVIRONMENT\n.TP\n\\fBSAMNET_DATA\\fR\nthe folder of the bundled "
		      "datasets (default: the installed data)\n", fp);
}

/* The --help text a command adds after its description (help_more), captured. */
static void more_help(FILE *fp, const cli_command_t *cmd)
{
	char *text = NULL;
	size_t len = 0;
	FILE *mem;

	if (!cmd->help_more || !(mem = open_memstream(&text, &len)))
		return;
	cmd->help_more(mem);
	if (fclose(mem) == 0 && text)
		roff_block(fp, text[0] == '\n' ? text + 1 : text);
	free(text);
}

static void command_page(FILE *fp, const cli_command_t *cmd)
{
	char name[64];

	snprintf(name, sizeof name, "samnet-%s", cmd->name);
	header(fp, name, cmd->summary);
	fprintf(fp, ".SH SYNOPSIS\n\\fBsamnet %s\\fR ", cmd->name);
	roff_text(fp, cmd->usage);
	fputs("\n.SH DESCRIPTION\n", fp);
	roff_block(fp, cmd->description ? cmd->description : cmd->summary);
	more_help(fp, cmd);
	if (cmd->options && cmd->options[0].name) {
		fputs(".SH OPTIONS\n", fp);
		roff_options(fp, cmd->options, NULL);
	}
	if (cmd->uses_dataset) {
		fputs(".SH DATASET OPTIONS\n", fp);
		roff_options(fp, cli_options_table(true), cmd->options);
		fputs(".PP\n\\fIDATASET\\fR is a folder of CSV files (see \\fBsamnet\\fR(1)); default: "
		      "the bundled Swedish dataset.\n", fp);
	}
	fputs(".SH COMMON OPTIONS\n", fp);
	roff_options(fp, cli_options_table(false), cmd->options);
	common_sections(fp, cmd->uses_dataset);
	fputs(".SH SEE ALSO\n\\fBsamnet\\fR(1)\n", fp);
}

static const char dataset_text[] =
	"A dataset is a folder of UTF-8 CSV files; column order is free and unknown\n"
	"columns travel into every export as attributes.\n"
	"\n"
	"actors.csv       id, name, type [, territory, represents, ...]\n"
	"projects.csv     id, name [, theme, kind, start, end, budget_sek, ...] (optional)\n"
	"memberships.csv  project, actor [, role, amount_sek, ...]\n"
	"coalitions.csv   coalition, actor (optional)\n"
	"territories.csv  code, name, parent [, population_YYYY ...] (optional)\n"
	"\n"
	"type is region, kommun, lansstyrelse, agency, university, company, fund,\n"
	"ngo, association, research or other; role is lead, partner, funder, owner or member.\n"
	"A membership's actor may be a group selector: kommuner:24, regions:*,\n"
	"regions:06,07,08, lansstyrelser:12.  Without territories.csv the bundled\n"
	"Swedish tree is used: 21 counties (SCB codes 01..25) and 290 kommuner\n"
	"(0114..2584) with their populations.  Only actors that represent a territory\n"
	"carry its population: regions, kommuner and lansstyrelser by type, any actor\n"
	"through a represents column.  Codes keep their leading zeros ('01', '0380'):\n"
	"format such columns as text in a spreadsheet.\n";

static void main_page(FILE *fp, const cli_command_t *const *cmds, size_t n)
{
	header(fp, "samnet", "collaboration networks of regional-development actors");
	fputs(".SH SYNOPSIS\n\\fBsamnet\\fR \\fICOMMAND\\fR [\\fIOPTIONS\\fR] [\\fIDATASET\\fR]\n"
	      ".br\n\\fBsamnet\\fR \\fB\\-\\-help\\fR | \\fB\\-\\-version\\fR\n"
	      ".SH DESCRIPTION\nCollaboration networks of regional-development actors: "
	      "centrality, clusters, population-weighted influence and voting power.  "
	      "\\fIDATASET\\fR defaults to the bundled Swedish dataset, so every command "
	      "works out of the box.  \\fBsamnet\\fR \\fICOMMAND\\fR \\fB\\-\\-help\\fR "
	      "describes a command; so does \\fBsamnet\\-\\fR\\fICOMMAND\\fR(1).\n"
	      ".SH COMMANDS\n", fp);
	for (size_t i = 0; i < n; i++) {
		fprintf(fp, ".TP\n\\fB%s\\fR ", cmds[i]->name);
		roff_text(fp, cmds[i]->usage);
		fputc('\n', fp);
		roff_text(fp, cmds[i]->summary);
		fprintf(fp, "; see \\fBsamnet\\-%s\\fR(1).\n", cmds[i]->name);
	}
	fputs(".SH DATASETS\n", fp);
	roff_block(fp, dataset_text);
	fputs(".SH COMMON OPTIONS\n", fp);
	roff_options(fp, cli_options_table(false), NULL);
	fputs(".SH DATASET OPTIONS\n", fp);
	roff_options(fp, cli_options_table(true), NULL);
	common_sections(fp, true);
	fputs(".SH FILES\n.TP\n\\fIbash\\-completion/completions/samnet\\fR\ncompletion of "
	      "commands, options, measures, export formats and coalition names for bash\n"
	      ".SH SEE ALSO\n", fp);
	for (size_t i = 0; i < n; i++)
		fprintf(fp, "\\fBsamnet\\-%s\\fR(1)%s\n", cmds[i]->name, i + 1 < n ? "," : "");
}

int cli_man_page(FILE *fp, const cli_command_t *cmd, const cli_command_t *const *cmds, size_t n)
{
	if (cmd)
		command_page(fp, cmd);
	else
		main_page(fp, cmds, n);
	return ferror(fp) ? -1 : 0;
}

/* Long and short options of `cmd`, one a line. */
static void complete_options(const cli_command_t *cmd)
{
	const cli_option_t *tables[3] = { cmd->options,
					  cmd->uses_dataset ? cli_options_table(true) : NULL,
					  cli_options_table(false) };

	for (size_t t = 0; t < 3; t++)
		for (size_t i = 0; tables[t] && tables[t][i].name; i++)
			printf("--%s\n", tables[t][i].name);
}

/* Coalition names of DATASET (or the bundled one); quiet on errors: it runs under TAB. */
static int complete_coalitions(const char *dir)
{
	char path[4200], territories[4200];
	sn_dataset_options_t opts = { SN_TABLE_OPTIONS_INIT, NULL };
	sn_dataset_t *ds = NULL;
	sn_diag_t diag;

	snprintf(path, sizeof path, "%s", dir ? dir : "");
	if (!dir)
		snprintf(path, sizeof path, "%s/sweden", cli_bundled_dir());
	snprintf(territories, sizeof territories, "%s/sweden/territories.csv", cli_bundled_dir());
	opts.default_territories = territories;
	sn_diag_init(&diag);
	if (sn_dataset_load(&ds, path, &opts, &diag) == SN_OK)
		for (size_t c = 0; c < ds->ncoalitions; c++)
			printf("%s\n", ds->coalitions[c].name);
	sn_dataset_free(ds);
	sn_diag_destroy(&diag);
	return CLI_EXIT_OK;
}

int cli_complete(int argc, char **argv, const cli_command_t *const *cmds, size_t n)
{
	const char *what = argc > 0 ? argv[0] : "";

	if (strcmp(what, "commands") == 0) {
		for (size_t i = 0; i < n; i++)
			printf("%s\n", cmds[i]->name);
		return CLI_EXIT_OK;
	}
	if (strcmp(what, "measures") == 0) {
		for (sn_measure_t m = 0; m < SN_MEASURE_COUNT; m++)
			printf("%s\n", sn_measure_name(m));
		return CLI_EXIT_OK;
	}
	if (strcmp(what, "formats") == 0) {
		for (size_t i = 0; i < sn_export_format_count(); i++)
			printf("%s\n", sn_export_format_at(i)->name);
		for (const cli_export_format_t *f = cli_export_folder_formats; f->name; f++)
			printf("%s\n", f->name);
		return CLI_EXIT_OK;
	}
	if (strcmp(what, "output-formats") == 0) {
		for (sn_format_t f = SN_FORMAT_TABLE; f <= SN_FORMAT_EXCEL; f++)
			printf("%s\n", sn_format_name(f));
		return CLI_EXIT_OK;
	}
	if (strcmp(what, "projections") == 0 && argc > 1) {
		const cli_command_t *cmd = cli_find_command(argv[1], cmds, n);
		if (!cmd)
			return CLI_EXIT_USAGE;
		for (sn_weighting_t w = SN_WEIGHT_COUNT; w <= SN_WEIGHT_OVERLAP; w++)
			printf("%s\n", sn_weighting_name(w));
		/* A command whose -p also takes the two-mode graph says so in its placeholder. */
		int p = cli_option_index(cmd->options, "projection", 0);
		if (p >= 0 && strstr(cmd->options[p].arg, "two-mode"))
			printf("two-mode\n");
		return CLI_EXIT_OK;
	}
	if (strcmp(what, "coalitions") == 0)
		return complete_coalitions(argc > 1 ? argv[1] : NULL);
	if (strcmp(what, "options") == 0 && argc > 1) {
		const cli_command_t *cmd = cli_find_command(argv[1], cmds, n);
		if (!cmd)
			return CLI_EXIT_USAGE;
		complete_options(cmd);
		return CLI_EXIT_OK;
	}
	cli_error("--complete expects commands, options COMMAND, projections COMMAND, measures, "
		  "formats, output-formats or coalitions [DATASET]");
	return CLI_EXIT_USAGE;
}
