/*
 * Fuzz harness of the decision-rule parser of samnet power
 * (sn_game_from_rule, sn_quota_parse and the option parsers in
 * models/power*.c).  The first byte gives the number of players (1..12);
 * the rest is the rule, also parsed as a quota, a list of indices and a
 * method.  A game that parses has its power indices computed by every method
 * within small limits.
 */
#include "config.h"

#include "samnet/advanced.h"
#include "tests/fuzz/fuzz.h"

enum { MAX_PLAYERS = 12 };

/* Populations with large, equal and zero entries; their total fits int64. */
static const int64_t population[MAX_PLAYERS] = {
	2473307, 407912, 301542, 0, 465495, 1, 1, 4611686018427387904LL / 4, 10, 10, 99999, 7
};
static const int64_t small[MAX_PLAYERS] = { 4, 4, 4, 2, 2, 1, 0, 3, 3, 5, 1, 1 };

static void compute(const sn_game_t *g)
{
	static const sn_power_method_t methods[] = { SN_POWER_AUTO, SN_POWER_EXACT, SN_POWER_BRUTE,
						    SN_POWER_MONTECARLO };
	for (size_t m = 0; m < sizeof methods / sizeof *methods; m++) {
		sn_power_options_t o;
		sn_power_result_t r;
		memset(&o, 0, sizeof o);
		o.indices = methods[m] == SN_POWER_MONTECARLO ? SN_POWER_CHEAP : SN_POWER_ALL;
		o.method = methods[m];
		o.samples = 200;
		o.seed = 1;
		o.max_memory = 1 << 20;
		sn_power_result_init(&r);
		(void)sn_power_compute(&r, g, &o);
		sn_power_result_destroy(&r);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const sn_weight_vector_t vectors[] = { { "population", population }, { "weight", small } };
	sn_game_t *g = NULL;
	int64_t q;
	unsigned mask;
	sn_power_method_t method;

	if (size < 1)
		return 0;
	sn_setup();
	size_t n = (size_t)(data[0] % MAX_PLAYERS) + 1;
	char *rule = malloc(size);
	if (!rule)
		return 0;
	memcpy(rule, data + 1, size - 1);
	rule[size - 1] = '\0';
	(void)sn_quota_parse(&q, rule, 9);
	(void)sn_quota_parse(&q, rule, INT64_MAX);
	(void)sn_power_indices_parse(&mask, rule);
	(void)sn_power_method_parse(&method, rule);
	if (sn_game_from_rule(&g, rule, n, vectors, 2) == SN_OK) {
		for (size_t c = 0; c < sn_game_ncriteria(g); c++) {
			(void)sn_game_criterion_name(g, c);
			(void)sn_game_quota(g, c);
		}
		compute(g);
	}
	sn_game_free(g);
	free(rule);
	return 0;
}
