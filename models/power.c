/*
 * Power indices: options, results and the choice of method.  The
 * algorithms live in power_dp.c (generating functions), power_enum.c
 * (enumeration, the oracle) and power_mc.c (Monte Carlo).
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "samnet/power.h"
#include "models/game_private.h"

#define GROUP_DP (SN_POWER_BANZHAF | SN_POWER_COLEMAN)
#define GROUP_ENUM (SN_POWER_JOHNSTON | SN_POWER_DEEGAN_PACKEL | SN_POWER_HOLLER)
/* Operations of exact DP that AUTO accepts (about ten seconds). */
#define AUTO_EXACT_COST 1e10

static const char *const index_names[SN_POWER_INDEX_COUNT] = {
	"banzhaf", "shapley", "johnston", "deegan-packel", "holler", "coleman", "owen"
};

const char *sn_power_index_name(unsigned index)
{
	for (unsigned b = 0; b < SN_POWER_INDEX_COUNT; b++)
		if (index == 1u << b)
			return index_names[b];
	return NULL;
}

sn_error_t sn_power_indices_parse(unsigned *out, const char *text)
{
	unsigned mask = 0;
	const char *p = text;

	while (*p != '\0') {
		size_t len = strcspn(p, ",");
		bool found = false;

		if (len == 3 && strncasecmp(p, "all", 3) == 0) {
			mask |= SN_POWER_ALL;
			found = true;
		} else if (len == 5 && strncasecmp(p, "cheap", 5) == 0) {
			mask |= SN_POWER_CHEAP;
			found = true;
		}
		for (unsigned b = 0; b < SN_POWER_INDEX_COUNT && !found; b++)
			if (strlen(index_names[b]) == len && strncasecmp(p, index_names[b], len) == 0) {
				mask |= 1u << b;
				found = true;
			}
		if (!found)
			return sn_error_set(SN_EINVAL, "unknown power index '%.*s'; known: all, cheap, "
					    "banzhaf, shapley, johnston, deegan-packel, holler, "
					    "coleman, owen", (int)len, p);
		p += len;
		if (*p == ',')
			p++;
	}
	if (mask == 0)
		return sn_error_set(SN_EINVAL, "no power index named");
	*out = mask;
	return SN_OK;
}

static const char *const method_names[] = { "auto", "exact", "brute", "montecarlo" };

const char *sn_power_method_name(sn_power_method_t m)
{
	return (unsigned)m < 4 ? method_names[m] : "unknown";
}

sn_error_t sn_power_method_parse(sn_power_method_t *out, const char *text)
{
	for (unsigned m = 0; m < 4; m++)
		if (strcasecmp(text, method_names[m]) == 0) {
			*out = (sn_power_method_t)m;
			return SN_OK;
		}
	return sn_error_set(SN_EINVAL, "unknown method '%s'; known: auto, exact, brute, "
			    "montecarlo", text);
}

void sn_power_result_init(sn_power_result_t *r)
{
	memset(r, 0, sizeof *r);
	r->coleman_collectivity = NAN;
	r->coleman_collectivity_lo = NAN;
	r->coleman_collectivity_hi = NAN;
	r->winning = NAN;
	r->minimal_winning = NAN;
}

const double *sn_power_result_column(const sn_power_result_t *r, size_t k, const char **name_out)
{
	const struct { const char *name; const double *v; } c[SN_POWER_RESULT_COLUMNS] = {
		{ "banzhaf", r->banzhaf }, { "banzhaf_lo", r->banzhaf_lo }, { "banzhaf_hi", r->banzhaf_hi },
		{ "banzhaf_abs", r->banzhaf_abs }, { "banzhaf_abs_lo", r->banzhaf_abs_lo },
		{ "banzhaf_abs_hi", r->banzhaf_abs_hi }, { "shapley", r->shapley },
		{ "shapley_lo", r->shapley_lo }, { "shapley_hi", r->shapley_hi },
		{ "owen", r->owen }, { "owen_lo", r->owen_lo }, { "owen_hi", r->owen_hi },
		{ "johnston", r->johnston }, { "deegan_packel", r->deegan_packel },
		{ "holler", r->holler }, { "coleman_prevent", r->coleman_prevent },
		{ "coleman_initiate", r->coleman_initiate }
	};

	if (k >= SN_POWER_RESULT_COLUMNS)
		return NULL;
	if (name_out)
		*name_out = c[k].name;
	return c[k].v;
}

unsigned sn_power_default_indices(const sn_game_t *g, sn_power_method_t method)
{
	/* A graph-restricted game that counts several winning parts has only these two. */
	if (!sn_game_is_simple(g))
		return SN_POWER_BANZHAF | SN_POWER_SHAPLEY;
	/* Enumeration-only indices only where enumeration is cheap and allowed. */
	return sn_game_nplayers(g) <= 20 && method != SN_POWER_MONTECARLO ? SN_POWER_ALL
									 : SN_POWER_CHEAP;
}

/* Prefixes the last message with `what`: "method: unknown method 'x'...". */
static sn_error_t prefixed(sn_error_t err, const char *what)
{
	char *msg = strdup(sn_error_last());

	err = sn_error_set(msg ? err : SN_ENOMEM, "%s: %s", what, msg ? msg : "out of memory");
	free(msg);
	return err;
}

sn_error_t sn_power_options_parse(sn_power_options_t *out, const sn_game_t *g, const char *method,
				  const char *indices)
{
	*out = (sn_power_options_t)SN_POWER_OPTIONS_INIT;
	if (method && sn_power_method_parse(&out->method, method))
		return prefixed(SN_EINVAL, "method");
	out->indices = sn_power_default_indices(g, out->method);
	if (indices && sn_power_indices_parse(&out->indices, indices))
		return prefixed(SN_EINVAL, "indices");
	if (sn_game_nblocs(g) > 0)
		out->indices |= SN_POWER_OWEN;
	return SN_OK;
}

void sn_power_result_destroy(sn_power_result_t *r)
{
	if (r == NULL)
		return;
	double **arrays[] = {
		&r->banzhaf, &r->banzhaf_abs, &r->shapley, &r->johnston, &r->deegan_packel,
		&r->holler, &r->coleman_prevent, &r->coleman_initiate, &r->banzhaf_lo,
		&r->banzhaf_hi, &r->banzhaf_abs_lo, &r->banzhaf_abs_hi, &r->shapley_lo,
		&r->shapley_hi, &r->owen, &r->owen_lo, &r->owen_hi
	};
	for (size_t k = 0; k < sizeof arrays / sizeof arrays[0]; k++)
		free(*arrays[k]);
	sn_power_result_init(r);
}

static sn_error_t alloc_one(double **a, size_t n)
{
	if (*a != NULL)
		return SN_OK;
	*a = calloc(n, sizeof **a);
	return *a == NULL ? sn_error_set(SN_ENOMEM, "power: out of memory") : SN_OK;
}

sn_error_t sn__power_result_alloc(sn_power_result_t *r, unsigned indices, bool with_ci)
{
	sn_error_t err = SN_OK;
	size_t n = r->n;

	if (indices & SN_POWER_BANZHAF) {
		err = alloc_one(&r->banzhaf, n);
		if (!err)
			err = alloc_one(&r->banzhaf_abs, n);
		if (!err && with_ci)
			err = alloc_one(&r->banzhaf_lo, n);
		if (!err && with_ci)
			err = alloc_one(&r->banzhaf_hi, n);
		if (!err && with_ci)
			err = alloc_one(&r->banzhaf_abs_lo, n);
		if (!err && with_ci)
			err = alloc_one(&r->banzhaf_abs_hi, n);
	}
	if (!err && (indices & SN_POWER_SHAPLEY)) {
		err = alloc_one(&r->shapley, n);
		if (!err && with_ci)
			err = alloc_one(&r->shapley_lo, n);
		if (!err && with_ci)
			err = alloc_one(&r->shapley_hi, n);
	}
	if (!err && (indices & SN_POWER_OWEN)) {
		err = alloc_one(&r->owen, n);
		if (!err && with_ci)
			err = alloc_one(&r->owen_lo, n);
		if (!err && with_ci)
			err = alloc_one(&r->owen_hi, n);
	}
	if (!err && (indices & SN_POWER_JOHNSTON))
		err = alloc_one(&r->johnston, n);
	if (!err && (indices & SN_POWER_DEEGAN_PACKEL))
		err = alloc_one(&r->deegan_packel, n);
	if (!err && (indices & SN_POWER_HOLLER))
		err = alloc_one(&r->holler, n);
	if (!err && (indices & SN_POWER_COLEMAN)) {
		err = alloc_one(&r->coleman_prevent, n);
		if (!err)
			err = alloc_one(&r->coleman_initiate, n);
	}
	return err;
}

/* Sets method[] for every bit of `mask`. */
static void assign(sn_power_method_t *method, unsigned mask, sn_power_method_t m)
{
	for (unsigned b = 0; b < SN_POWER_INDEX_COUNT; b++)
		if (mask & (1u << b))
			method[b] = m;
}

/* The method for Banzhaf/Coleman (group GROUP_DP) or Shapley under AUTO. */
static sn_power_method_t auto_method(const sn_game_t *g, unsigned group, size_t brute,
				     size_t mem)
{
	bool exact = g->ncrit == 1 && g->adj == NULL && sn__power_dp_fits(g, group, mem) == SN_OK;
	double cost = exact ? sn__power_dp_cost(g, group, mem) : INFINITY;

	sn_error_clear();
	/* Vector games: enumeration where it reaches, then the DP over the quota vector. */
	if (g->ncrit > 1 && g->adj == NULL && g->n > brute) {
		bool fits = sn__power_vector_fits(g, group, mem) == SN_OK;
		sn_error_clear();
		return fits && sn__power_vector_cost(g, group) <= AUTO_EXACT_COST ? SN_POWER_EXACT :
		       SN_POWER_MONTECARLO;
	}
	/* About ten seconds of work: beyond it, enumeration or sampling is the better default. */
	if (cost <= AUTO_EXACT_COST)
		return SN_POWER_EXACT;
	if (g->n <= brute)
		return cost < ldexp((double)g->n, (int)g->n) ? SN_POWER_EXACT : SN_POWER_BRUTE;
	return SN_POWER_MONTECARLO;
}

/*
 * A game with a graph whose quotas are all at most half: v^G counts winning
 * parts, so it is no simple game; only its Shapley (Myerson) and Banzhaf
 * values are defined: by enumeration, or sampling beyond its reach.
 */
static sn_error_t plan_myerson(sn_power_method_t *method, unsigned indices, sn_power_method_t m,
			       size_t n, size_t brute)
{
	if (indices & ~(SN_POWER_BANZHAF | SN_POWER_SHAPLEY))
		return sn_error_set(SN_EINVAL, "with a communication graph and every quota at most "
				    "half of its total, a coalition can hold several winning parts "
				    "and the graph-restricted game counts them (Myerson 1977): it "
				    "is not a simple game, so only banzhaf and shapley are defined; "
				    "ask for those or set a quota above half");
	if (m == SN_POWER_EXACT)
		return sn_error_set(SN_EINVAL, "the exact dynamic programme cannot follow a "
				    "communication graph; use the brute or montecarlo method");
	assign(method, indices, m == SN_POWER_MONTECARLO || (m == SN_POWER_AUTO && n > brute) ?
	       SN_POWER_MONTECARLO : SN_POWER_BRUTE);
	return SN_OK;
}

/* Decides the method of every requested index; SN_EINVAL when one cannot be served. */
static sn_error_t plan(sn_power_method_t *method, const sn_game_t *g, unsigned indices,
		       sn_power_method_t m, size_t brute, size_t mem)
{
	unsigned dp = indices & GROUP_DP, ss = indices & SN_POWER_SHAPLEY;
	unsigned en = indices & GROUP_ENUM, ow = indices & SN_POWER_OWEN;

	if (ow && g->bloc == NULL)
		return sn_error_set(SN_EINVAL, "the Owen value needs blocs (a priori unions)");
	if (!sn_game_is_simple(g))
		return plan_myerson(method, indices, m, g->n, brute);
	/* Enumeration is exact for the Owen value; sampling takes over beyond its reach. */
	assign(method, ow, m == SN_POWER_MONTECARLO || (m == SN_POWER_AUTO && g->n > brute) ?
	       SN_POWER_MONTECARLO : SN_POWER_BRUTE);
	indices &= ~SN_POWER_OWEN;
	switch (m) {
	case SN_POWER_AUTO:
		if (dp)
			assign(method, dp, auto_method(g, GROUP_DP, brute, mem));
		if (ss)
			assign(method, ss, auto_method(g, SN_POWER_SHAPLEY, brute, mem));
		assign(method, en, SN_POWER_BRUTE);
		return SN_OK;
	case SN_POWER_EXACT:
		if ((dp || ss) && g->adj != NULL)
			return sn_error_set(SN_EINVAL, "the exact dynamic programme cannot follow a "
					    "communication graph; use the brute or montecarlo method");
		assign(method, dp | ss, SN_POWER_EXACT);
		assign(method, en, SN_POWER_BRUTE);
		return SN_OK;
	case SN_POWER_BRUTE:
		assign(method, indices, SN_POWER_BRUTE);
		return SN_OK;
	case SN_POWER_MONTECARLO:
		if (en)
			return sn_error_set(SN_EINVAL, "Johnston, Deegan-Packel and Holler indices "
					    "need enumeration; they have no Monte Carlo method");
		assign(method, indices, SN_POWER_MONTECARLO);
		return SN_OK;
	}
	return sn_error_set(SN_EINVAL, "unknown power method %d", (int)m);
}

/* Runs the planned methods. */
static sn_error_t run(sn_power_result_t *r, const sn_game_t *g, unsigned indices,
		      const sn_power_options_t *o, size_t brute, size_t mem)
{
	unsigned by[4] = { 0, 0, 0, 0 };
	sn_error_t err = SN_OK;

	for (unsigned b = 0; b < SN_POWER_INDEX_COUNT; b++)
		if (indices & (1u << b))
			by[r->method[b]] |= 1u << b;
	/* With a graph, Banzhaf and Shapley are values of v^G (Myerson 1977; Owen 1986). */
	unsigned values = g->adj != NULL ? by[SN_POWER_BRUTE] & (SN_POWER_BANZHAF | SN_POWER_SHAPLEY) : 0;
	unsigned swings = by[SN_POWER_BRUTE] & ~(SN_POWER_OWEN | values);
	if (values)
		err = sn__power_myerson_brute(r, g, values, brute);
	if (!err && swings)
		err = sn__power_brute(r, g, swings, brute);
	if (!err && (by[SN_POWER_BRUTE] & SN_POWER_OWEN))
		err = sn__power_owen_brute(r, g, brute);
	if (!err && (by[SN_POWER_EXACT] & GROUP_DP) && g->ncrit > 1)
		err = sn__power_vector_banzhaf(r, g, by[SN_POWER_EXACT] & GROUP_DP, mem);
	else if (!err && (by[SN_POWER_EXACT] & GROUP_DP))
		err = sn__power_dp_banzhaf(r, g, by[SN_POWER_EXACT] & GROUP_DP, mem);
	if (!err && (by[SN_POWER_EXACT] & SN_POWER_SHAPLEY) && g->ncrit > 1)
		err = sn__power_vector_shapley(r, g, mem);
	else if (!err && (by[SN_POWER_EXACT] & SN_POWER_SHAPLEY))
		err = sn__power_dp_shapley(r, g, mem);
	if (!err && by[SN_POWER_MONTECARLO] && !sn_game_is_simple(g))
		err = sn__power_myerson_montecarlo(r, g, by[SN_POWER_MONTECARLO],
						   o->samples ? o->samples : 1000000, o->seed);
	else if (!err && by[SN_POWER_MONTECARLO])
		err = sn__power_montecarlo(r, g, by[SN_POWER_MONTECARLO],
					   o->samples ? o->samples : 1000000, o->seed);
	return err;
}

sn_error_t sn_power_compute(sn_power_result_t *out, const sn_game_t *g,
			    const sn_power_options_t *opts)
{
	static const sn_power_options_t defaults = SN_POWER_OPTIONS_INIT;
	const sn_power_options_t *o = opts ? opts : &defaults;
	unsigned indices = o->indices ? o->indices : SN_POWER_CHEAP;
	size_t brute = o->max_brute_players ? o->max_brute_players : 25;
	size_t mem = o->max_memory ? o->max_memory : (size_t)1 << 30;
	sn_error_t err;

	sn_power_result_init(out);
	if (g->ncrit == 0)
		return sn_error_set(SN_EINVAL, "the game has no criterion (no weights and quota)");
	if (indices & ~(SN_POWER_ALL | SN_POWER_OWEN))
		return sn_error_set(SN_EINVAL, "unknown power index bits 0x%x", indices);
	if (brute > 30)
		return sn_error_set(SN_EINVAL, "enumeration is limited to 30 players, not %zu",
				    brute);
	out->n = g->n;
	err = plan(out->method, g, indices, o->method, brute, mem);
	if (!err)
		err = run(out, g, indices, o, brute, mem);
	if (err) {
		sn_power_result_destroy(out);
		return err;
	}
	out->indices = indices;
	return SN_OK;
}
