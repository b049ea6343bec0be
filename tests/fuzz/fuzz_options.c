/*
 * Fuzz harness of the command-line option parser (cli/options.c) and the
 * number parsers behind options.  The first byte chooses one of the commands
 * (their real option tables); the rest, split at NUL bytes, is argv after the
 * command name.  When cli_parse() accepts it, every option that takes a value
 * is read back through cli_opt_long() and cli_opt_double() in several ranges,
 * and every argument also goes through sn_parse_double(), sn_parse_int64(),
 * sn_quota_parse() and the name parsers of the options (indices, method,
 * weighting, measure, algorithm, objective, correction, backbone method,
 * export format, actor type).  The static option parsers of samnet power
 * and samnet communities are reached through tests/fuzz/options_power.c and
 * options_communities.c, which compile those command files in place of their
 * own objects.  Usage errors go to stderr: run libFuzzer with
 * -close_fd_mask=2 (scripts/fuzz.sh does).
 */
#include "config.h"

#include <float.h>
#include <limits.h>
#include <math.h>

#include "cli/commands.h"
#include "tests/fuzz/fuzz.h"

enum { MAX_ARGS = 64 };

/* tests/fuzz/options_power.c, tests/fuzz/options_communities.c */
void fuzz_power_parsers(cli_ctx_t *ctx);
void fuzz_communities_parsers(cli_ctx_t *ctx);


/* The typed readers of one option, in the ranges the commands use and wider. */
static void read_option(const cli_ctx_t *ctx, const char *name)
{
	static const long long_ranges[][2] = {
		{ LONG_MIN, LONG_MAX }, { 0, 1000 }, { 1, 2000000000L }, { 1000, 9999 },
	};
	static const double double_ranges[][2] = {
		{ -HUGE_VAL, HUGE_VAL }, { 0, 1 }, { 1e-300, 1 }, { 0, 0.999999 }, { -DBL_MAX, 0 },
	};
	for (size_t r = 0; r < sizeof long_ranges / sizeof *long_ranges; r++) {
		long v = -7;
		int rc = cli_opt_long(ctx, name, long_ranges[r][0], long_ranges[r][1], &v);
		if (rc == CLI_EXIT_OK && cli_opt(ctx, name) &&
		    (v < long_ranges[r][0] || v > long_ranges[r][1]))
			abort();   /* accepted out of range */
	}
	for (size_t r = 0; r < sizeof double_ranges / sizeof *double_ranges; r++) {
		double v = -7;
		int rc = cli_opt_double(ctx, name, double_ranges[r][0], double_ranges[r][1], &v);
		if (rc == CLI_EXIT_OK && cli_opt(ctx, name) &&
		    !(v >= double_ranges[r][0] && v <= double_ranges[r][1]))
			abort();   /* accepted NaN or out of range */
	}
}

/* Every parser a single option value may meet. */
static void parse_value(const char *s)
{
	double d;
	int64_t i, q;
	unsigned mask;
	sn_power_method_t pm;
	sn_weighting_t w;
	sn_measure_t m;
	sn_community_algorithm_t ca;
	sn_community_objective_t co;
	sn_padjust_t pa;
	sn_backbone_method_t bm;
	sn_export_format_t ef;
	sn_actor_type_t at;

	if (sn_parse_double(s, &d) == SN_OK && isnan(d))
		abort();   /* NaN is never a number */
	(void)sn_parse_int64(s, &i);
	(void)sn_quota_parse(&q, s, 12);
	(void)sn_quota_parse(&q, s, INT64_MAX);
	(void)sn_quota_parse(&q, s, 0);
	(void)sn_power_indices_parse(&mask, s);
	(void)sn_power_method_parse(&pm, s);
	(void)sn_weighting_parse(s, &w);
	(void)sn_measure_parse(s, &m);
	(void)sn_community_algorithm_parse(s, &ca);
	(void)sn_community_objective_parse(s, &co);
	(void)sn_padjust_parse(s, &pa);
	(void)sn_backbone_method_parse(s, &bm);
	(void)sn_export_format_parse(s, &ef);
	(void)sn_actor_type_parse(s, &at);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *argv[MAX_ARGS + 1];
	int argc = 0;
	cli_ctx_t ctx;
	bool help;

	if (size < 1)
		return 0;
	sn_setup();
	const cli_command_t *cmd = cli_commands[data[0] % cli_ncommands];
	/* argv strings: the input after the first byte, NUL-terminated pieces. */
	char *buf = malloc(size);
	if (!buf)
		return 0;
	memcpy(buf, data + 1, size - 1);
	buf[size - 1] = '\0';
	for (char *p = buf; p < buf + size - 1 && argc < MAX_ARGS; p += strlen(p) + 1)
		argv[argc++] = p;
	argv[argc] = NULL;
	for (int k = 0; k < argc; k++)
		parse_value(argv[k]);
	if (cli_parse(&ctx, cmd, argc, argv, &help) == CLI_EXIT_OK) {
		for (size_t o = 0; cmd->options && cmd->options[o].name; o++)
			if (cmd->options[o].arg)
				read_option(&ctx, cmd->options[o].name);
		if (cmd == &cmd_power)
			fuzz_power_parsers(&ctx);
		else if (cmd == &cmd_communities)
			fuzz_communities_parsers(&ctx);
	}
	free(buf);
	return 0;
}
