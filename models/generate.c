/*
 * A seeded generator of synthetic collaboration datasets (see
 * samnet/generate.h for the model).  Every random draw comes from one
 * gsl_rng_mt19937 stream in a fixed order, so a seed fixes the output.
 */
#include "config.h"

#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>

#include "samnet/dataset_write.h"
#include "samnet/generate.h"
#include "samnet/seed.h"

/* Actor types in the order of dataset.h; the names are the file format's. */
enum { T_REGION, T_KOMMUN, T_LANSSTYRELSE, T_AGENCY, T_UNIVERSITY, T_COMPANY,
       T_FUND, T_NGO, T_ASSOCIATION, T_OTHER, T_COUNT };

static const char *const type_name[T_COUNT] = {
	"region", "kommun", "lansstyrelse", "agency", "university",
	"company", "fund", "ngo", "association", "other"
};

static const char *const type_label[T_COUNT] = {
	"Region", "Kommun", "Länsstyrelsen", "Agency", "University",
	"Company", "Fund", "NGO", "Association", "Organisation"
};

/* Relative activity by type: regions and universities join many projects. */
static const double type_activity[T_COUNT] = {
	4.0, 1.5, 2.0, 2.0, 3.0, 0.7, 1.5, 0.8, 0.8, 0.5
};

/* Shares of the non-territorial types (agency .. other); they sum to 1. */
static const double other_share[T_COUNT] = {
	0, 0, 0, 0.08, 0.06, 0.45, 0.04, 0.12, 0.17, 0.08
};

static const char *const themes[] = {
	"innovation", "transport", "energy", "health", "education",
	"tourism", "culture", "environment", "digitalisation", "labour market"
};
#define NTHEMES (sizeof themes / sizeof themes[0])

/* The generator's files are the first SN_GENERATE_NFILES of the dataset writer's. */
#define FILES SN_GENERATE_NFILES

typedef struct {
	const sn_generate_params_t *p;
	gsl_rng *rng;
	size_t nc, nm;              /* counties, municipalities */
	size_t *muni_county;        /* [nm] */
	size_t *muni_seq;           /* [nm] 1-based number within its county */
	int cw, mw;                 /* digits of a county code, of a municipality number */
	double *muni_pop;           /* [nm] */
	unsigned char *type;        /* [A] */
	size_t *seat;               /* [A] municipality */
	size_t *county;             /* [A] */
	double *fitness;            /* [A] */
	size_t *cstart, *cactors;   /* actors by county: cactors[cstart[c] .. cstart[c+1]) */
	gsl_ran_discrete_t **cpick; /* [nc] activity-weighted draw within a county */
	gsl_ran_discrete_t *gpick;  /* activity-weighted draw among all actors */
	gsl_ran_discrete_t *countypick; /* county by summed activity */
	gsl_ran_discrete_t *sizepick;   /* ordinary sizes min_size .. max_size */
	size_t *stamp;              /* [A] project stamp for duplicate checks */
	size_t *members;            /* [large_max] */
	struct keyed { double key; size_t a; } *keys; /* [A] scratch for the exact sampler */
	size_t *order;              /* [A] scratch */
	sn_dataset_writer_t out;    /* territories, actors, projects, memberships */
} gen_t;

void sn_generate_params_init(sn_generate_params_t *p)
{
	p->nactors = 1000;
	p->nprojects = 2000;
	p->seed = 1;
	p->ncounties = 0;
	p->nmunicipalities = 0;
	p->locality = 0.8;
	p->activity_sigma = 1.0;
	p->size_exponent = 2.5;
	p->min_size = 2;
	p->max_size = 40;
	p->large_share = 0.005;
	p->large_max = 120;
	p->year = 2024;
	p->first_year = 2014;
	p->last_year = 2023;
}

void sn_generate_tree_size(const sn_generate_params_t *p, size_t *ncounties_out,
			   size_t *nmunicipalities_out)
{
	size_t nc = p->ncounties, nm = p->nmunicipalities;

	if (nc == 0) {
		nc = p->nactors / 40;
		nc = nc < 1 ? 1 : nc > 21 ? 21 : nc;
	}
	if (nm == 0) {
		nm = p->nactors / 4;
		nm = nm < nc ? nc : nm > 290 ? 290 : nm;
	}
	if (ncounties_out)
		*ncounties_out = nc;
	if (nmunicipalities_out)
		*nmunicipalities_out = nm;
}

static sn_error_t check_params(const sn_generate_params_t *p)
{
	size_t nc, nm;

	if (p->nactors < 3)
		return sn_error_set(SN_EINVAL, "generate: need at least 3 actors, got %zu", p->nactors);
	if (p->nprojects < 1)
		return sn_error_set(SN_EINVAL, "generate: need at least 1 project");
	if (!(p->locality >= 0 && p->locality <= 1))
		return sn_error_set(SN_EINVAL, "generate: locality must lie in [0, 1]");
	if (!(p->large_share >= 0 && p->large_share <= 1))
		return sn_error_set(SN_EINVAL, "generate: large_share must lie in [0, 1]");
	if (!(p->activity_sigma >= 0 && p->activity_sigma <= 10))
		return sn_error_set(SN_EINVAL, "generate: activity_sigma must lie in [0, 10]");
	if (!(p->size_exponent >= 0 && p->size_exponent <= 20))
		return sn_error_set(SN_EINVAL, "generate: size_exponent must lie in [0, 20]");
	if (p->min_size < 2 || p->max_size < p->min_size || p->large_max < p->max_size)
		return sn_error_set(SN_EINVAL, "generate: sizes must satisfy 2 <= min_size <= "
				    "max_size <= large_max");
	if (p->large_max > 100000)
		return sn_error_set(SN_EINVAL, "generate: large_max must be at most 100000");
	if (p->year < 1000 || p->year > 9999)
		return sn_error_set(SN_EINVAL, "generate: year must have four digits");
	if (p->first_year < 1000 || p->last_year < p->first_year || p->last_year > 9990)
		return sn_error_set(SN_EINVAL, "generate: project years must satisfy "
				    "1000 <= first_year <= last_year <= 9990");
	if (p->nactors > 100000000 || p->nprojects > 100000000)
		return sn_error_set(SN_EINVAL, "generate: at most 10^8 actors and projects");
	sn_generate_tree_size(p, &nc, &nm);
	if (nm < nc)
		return sn_error_set(SN_EINVAL, "generate: fewer municipalities (%zu) than counties (%zu)",
				    nm, nc);
	if (2 * nc + nm > p->nactors)
		return sn_error_set(SN_EINVAL, "generate: %zu actors cannot hold %zu territorial "
				    "actors (2 per county, 1 per municipality)", p->nactors,
				    2 * nc + nm);
	return SN_OK;
}

/* Appends to file `f` of the dataset being written. */
#define put(g, f, ...) sn_dataset_writer_printf(&(g)->out, (f), __VA_ARGS__)

/* ---- the model ----------------------------------------------------------- */

static size_t digits(size_t n)
{
	size_t d = 1;

	while (n >= 10) {
		n /= 10;
		d++;
	}
	return d;
}

/* Municipalities, their counties (each county at least one) and populations. */
static sn_error_t make_tree(gen_t *g)
{
	size_t nc = g->nc, nm = g->nm;
	double *cw = malloc(nc * sizeof *cw);
	gsl_ran_discrete_t *pick = NULL;
	sn_error_t err = SN_OK;

	g->muni_county = malloc(nm * sizeof *g->muni_county);
	g->muni_pop = malloc(nm * sizeof *g->muni_pop);
	g->muni_seq = malloc(nm * sizeof *g->muni_seq);
	if (!cw || !g->muni_county || !g->muni_pop || !g->muni_seq) {
		err = sn_error_set(SN_ENOMEM, "generate: out of memory");
		goto done;
	}
	for (size_t c = 0; c < nc; c++)
		cw[c] = gsl_ran_lognormal(g->rng, 0.0, 0.6);
	pick = gsl_ran_discrete_preproc(nc, cw);
	if (!pick) {
		err = sn_error_set(SN_ENOMEM, "generate: out of memory");
		goto done;
	}
	/* The first nc municipalities seed one per county; the rest follow weight. */
	for (size_t m = 0; m < nm; m++) {
		g->muni_county[m] = m < nc ? m : gsl_ran_discrete(g->rng, pick);
		g->muni_pop[m] = floor(gsl_ran_lognormal(g->rng, log(16000.0), 1.0)) + 100;
	}
	/* cw[] is reused to count municipalities per county. */
	for (size_t c = 0; c < nc; c++)
		cw[c] = 0;
	for (size_t m = 0; m < nm; m++)
		g->muni_seq[m] = (size_t)++cw[g->muni_county[m]];
	g->cw = nc > 99 ? (int)digits(nc) : 2;
	g->mw = 2;
	for (size_t c = 0; c < nc; c++)
		if ((int)digits((size_t)cw[c]) > g->mw)
			g->mw = (int)digits((size_t)cw[c]);
done:
	gsl_ran_discrete_free(pick);
	free(cw);
	return err;
}

/* Code of municipality m: its county's code and two digits. */
static const char *muni_code(const gen_t *g, size_t m, char *buf, size_t n)
{
	snprintf(buf, n, "%0*zu%0*zu", g->cw, g->muni_county[m] + 1, g->mw, g->muni_seq[m]);
	return buf;
}

static void write_territories(gen_t *g)
{
	const sn_dataset_file_t gf = SN_DSFILE_TERRITORIES;
	char code[32];

	put(g, gf, "code,name,parent,population_%d\nSE,Country,,\n", g->p->year);
	for (size_t c = 0; c < g->nc; c++)
		put(g, gf, "%0*zu,County %0*zu,SE,\n", g->cw, c + 1, g->cw, c + 1);
	for (size_t m = 0; m < g->nm; m++)
		put(g, gf, "%s,Municipality %s,%0*zu,%.0f\n", muni_code(g, m, code, sizeof code),
		    code, g->cw, g->muni_county[m] + 1, g->muni_pop[m]);
}

static sn_error_t nomem(void)
{
	return sn_error_set(SN_ENOMEM, "generate: out of memory");
}

/* Types, seats and activities of all actors: territorial ones first. */
static sn_error_t make_actors(gen_t *g)
{
	size_t A = g->p->nactors, nc = g->nc, nm = g->nm;
	gsl_ran_discrete_t *seatpick = gsl_ran_discrete_preproc(nm, g->muni_pop);
	gsl_ran_discrete_t *typepick = gsl_ran_discrete_preproc(T_COUNT, other_share);
	size_t *capital = malloc(nc * sizeof *capital);
	sn_error_t err = SN_OK;

	g->type = malloc(A);
	g->seat = malloc(A * sizeof *g->seat);
	g->county = malloc(A * sizeof *g->county);
	g->fitness = malloc(A * sizeof *g->fitness);
	if (!seatpick || !typepick || !capital || !g->type || !g->seat || !g->county ||
	    !g->fitness) {
		err = nomem();
		goto done;
	}
	/* A county's seat is its most populous municipality. */
	for (size_t c = 0; c < nc; c++)
		capital[c] = SIZE_MAX;
	for (size_t m = 0; m < nm; m++) {
		size_t c = g->muni_county[m];

		if (capital[c] == SIZE_MAX || g->muni_pop[m] > g->muni_pop[capital[c]])
			capital[c] = m;
	}
	for (size_t a = 0; a < A; a++) {
		double f;

		if (a < 2 * nc) {
			g->type[a] = a < nc ? T_REGION : T_LANSSTYRELSE;
			g->seat[a] = capital[a % nc];
		} else if (a < 2 * nc + nm) {
			g->type[a] = T_KOMMUN;
			g->seat[a] = a - 2 * nc;
		} else {
			g->type[a] = (unsigned char)gsl_ran_discrete(g->rng, typepick);
			g->seat[a] = gsl_ran_discrete(g->rng, seatpick);
		}
		g->county[a] = g->muni_county[g->seat[a]];
		f = gsl_ran_lognormal(g->rng, 0.0, g->p->activity_sigma) * type_activity[g->type[a]];
		if (g->type[a] == T_KOMMUN)
			f *= pow(g->muni_pop[g->seat[a]] / 16000.0, 0.3);
		g->fitness[a] = f;
	}
done:
	gsl_ran_discrete_free(seatpick);
	gsl_ran_discrete_free(typepick);
	free(capital);
	return err;
}

/* Actors grouped by county, and the weighted pickers. */
static sn_error_t make_pickers(gen_t *g)
{
	size_t A = g->p->nactors, nc = g->nc, span = g->p->max_size - g->p->min_size + 1;
	double *w = malloc((A > span ? A : span) * sizeof *w);
	double *csum = calloc(nc, sizeof *csum);
	sn_error_t err = SN_OK;

	g->cstart = calloc(nc + 1, sizeof *g->cstart);
	g->cactors = malloc(A * sizeof *g->cactors);
	g->cpick = calloc(nc, sizeof *g->cpick);
	if (!w || !csum || !g->cstart || !g->cactors || !g->cpick) {
		err = nomem();
		goto done;
	}
	for (size_t a = 0; a < A; a++) {
		g->cstart[g->county[a] + 1]++;
		csum[g->county[a]] += g->fitness[a];
	}
	for (size_t c = 0; c < nc; c++)
		g->cstart[c + 1] += g->cstart[c];
	/* g->order (A >= nc slots) is scratch: the next free slot per county. */
	memcpy(g->order, g->cstart, nc * sizeof *g->order);
	for (size_t a = 0; a < A; a++)
		g->cactors[g->order[g->county[a]]++] = a;
	for (size_t c = 0; c < nc; c++) {
		size_t n = g->cstart[c + 1] - g->cstart[c];

		for (size_t i = 0; i < n; i++)
			w[i] = g->fitness[g->cactors[g->cstart[c] + i]];
		if (!(g->cpick[c] = gsl_ran_discrete_preproc(n, w))) {
			err = nomem();
			goto done;
		}
	}
	for (size_t k = 0; k < span; k++)
		w[k] = pow((double)(g->p->min_size + k), -g->p->size_exponent);
	g->sizepick = gsl_ran_discrete_preproc(span, w);
	g->gpick = gsl_ran_discrete_preproc(A, g->fitness);
	g->countypick = gsl_ran_discrete_preproc(nc, csum);
	if (!g->sizepick || !g->gpick || !g->countypick)
		err = nomem();
done:
	free(w);
	free(csum);
	return err;
}

static void write_actors(gen_t *g)
{
	const sn_dataset_file_t gf = SN_DSFILE_ACTORS;
	size_t A = g->p->nactors, seq[T_COUNT] = { 0 };
	int aw = (int)digits(A);
	char code[32], terr[32];

	put(g, gf, "id,name,type,territory,seat\n");
	for (size_t a = 0; a < A; a++) {
		unsigned t = g->type[a];

		muni_code(g, g->seat[a], code, sizeof code);
		if (t == T_REGION || t == T_LANSSTYRELSE) {
			snprintf(terr, sizeof terr, "%0*zu", g->cw, g->county[a] + 1);
			put(g, gf, "a%0*zu,%s %s,%s,%s,%s\n", aw, a + 1, type_label[t], terr,
			    type_name[t], terr, code);
		} else if (t == T_KOMMUN) {
			put(g, gf, "a%0*zu,%s %s,%s,%s,%s\n", aw, a + 1, type_label[t], code,
			    type_name[t], code, code);
		} else {
			put(g, gf, "a%0*zu,%s %zu,%s,%s,%s\n", aw, a + 1, type_label[t], ++seq[t],
			    type_name[t], code, code);
		}
	}
}

static int keyed_cmp(const void *x, const void *y)
{
	const struct keyed *a = x, *b = y;

	if (a->key != b->key)
		return a->key > b->key ? -1 : 1;
	return a->a < b->a ? -1 : a->a > b->a;
}

/*
 * Draws k distinct actors from `pool[0..n)` (NULL: all actors) with
 * probability proportional to activity, in draw order, into g->members.
 * Small samples use rejection on the alias table; large ones (or rejection
 * that stalls on a dominant actor) use Efraimidis-Spirakis keys u^(1/w),
 * which give the same distribution of ordered samples.
 */
static void sample(gen_t *g, const size_t *pool, size_t n, const gsl_ran_discrete_t *pick,
		   size_t k, size_t stamp)
{
	size_t got = 0;

	if (2 * k <= n) {
		for (size_t tries = 0; got < k && tries < 64 * k + 100; tries++) {
			size_t i = gsl_ran_discrete(g->rng, pick);
			size_t a = pool ? pool[i] : i;

			if (g->stamp[a] != stamp) {
				g->stamp[a] = stamp;
				g->members[got++] = a;
			}
		}
		if (got == k)
			return;
	}
	for (size_t i = 0; i < n; i++) {
		size_t a = pool ? pool[i] : i;

		g->keys[i].key = log(gsl_rng_uniform_pos(g->rng)) / g->fitness[a];
		g->keys[i].a = a;
	}
	qsort(g->keys, n, sizeof *g->keys, keyed_cmp);
	for (size_t i = 0; i < k; i++) {
		g->members[i] = g->keys[i].a;
		g->stamp[g->keys[i].a] = stamp;
	}
}

/* Makes a cross-county project span two counties by replacing its last member. */
static void spread(gen_t *g, size_t k)
{
	size_t c0 = g->county[g->members[0]];

	for (size_t i = 1; i < k; i++)
		if (g->county[g->members[i]] != c0)
			return;
	for (int tries = 0; tries < 1000; tries++) {
		size_t a = gsl_ran_discrete(g->rng, g->gpick);

		if (g->county[a] != c0) {
			g->members[k - 1] = a;
			return;
		}
	}
	for (size_t a = 0; a < g->p->nactors; a++)
		if (g->county[a] != c0) {
			g->members[k - 1] = a;
			return;
		}
}

static void write_project(gen_t *g, size_t pj, size_t k)
{
	int pw = (int)digits(g->p->nprojects), aw = (int)digits(g->p->nactors);
	unsigned theme = (unsigned)gsl_rng_uniform_int(g->rng, NTHEMES);
	unsigned span = (unsigned)(g->p->last_year - g->p->first_year + 1);
	unsigned start = (unsigned)g->p->first_year + (unsigned)gsl_rng_uniform_int(g->rng, span);
	unsigned end = start + 1 + (unsigned)gsl_rng_uniform_int(g->rng, 4);
	double budget = floor(gsl_ran_lognormal(g->rng, log(2e6), 1.2) * sqrt((double)k));
	bool lead = false;

	put(g, SN_DSFILE_PROJECTS, "p%0*zu,Project %zu,%s,%u,%u,%.0f\n", pw, pj + 1, pj + 1,
	    themes[theme], start, end, budget);
	for (size_t i = 0; i < k; i++) {
		size_t a = g->members[i];
		const char *role = "partner";

		if (g->type[a] == T_FUND) {
			role = "funder";
		} else if (!lead) {
			role = "lead";
			lead = true;
		}
		put(g, SN_DSFILE_MEMBERSHIPS, "p%0*zu,a%0*zu,%s\n", pw, pj + 1, aw, a + 1, role);
	}
}

static void make_projects(gen_t *g)
{
	const sn_generate_params_t *p = g->p;

	put(g, SN_DSFILE_PROJECTS, "id,name,theme,start,end,budget_sek\n");
	put(g, SN_DSFILE_MEMBERSHIPS, "project,actor,role\n");
	for (size_t pj = 0; pj < p->nprojects; pj++) {
		size_t k;
		bool large = gsl_rng_uniform(g->rng) < p->large_share;
		bool local = gsl_rng_uniform(g->rng) < p->locality;

		if (large && p->large_max > p->max_size)
			k = p->max_size + 1 + gsl_rng_uniform_int(g->rng, p->large_max - p->max_size);
		else
			k = p->min_size + gsl_ran_discrete(g->rng, g->sizepick);
		if (local) {
			size_t c = gsl_ran_discrete(g->rng, g->countypick);
			size_t n = g->cstart[c + 1] - g->cstart[c];

			k = k < n ? k : n;
			sample(g, g->cactors + g->cstart[c], n, g->cpick[c], k, pj + 1);
		} else {
			k = k < p->nactors ? k : p->nactors;
			sample(g, NULL, p->nactors, g->gpick, k, pj + 1);
			if (g->nc > 1)
				spread(g, k);
		}
		write_project(g, pj, k);
	}
}

static void gen_free(gen_t *g)
{
	if (g->cpick)
		for (size_t c = 0; c < g->nc; c++)
			gsl_ran_discrete_free(g->cpick[c]);
	free(g->cpick);
	gsl_ran_discrete_free(g->gpick);
	gsl_ran_discrete_free(g->countypick);
	gsl_ran_discrete_free(g->sizepick);
	free(g->muni_county);
	free(g->muni_pop);
	free(g->muni_seq);
	free(g->type);
	free(g->seat);
	free(g->county);
	free(g->fitness);
	free(g->cstart);
	free(g->cactors);
	free(g->stamp);
	free(g->members);
	free(g->keys);
	free(g->order);
	if (g->rng)
		gsl_rng_free(g->rng);
}

const char *sn_generate_file_name(size_t i)
{
	return i < FILES ? sn_dataset_file_name((sn_dataset_file_t)i) : NULL;
}

sn_error_t sn_generate_params_check(const sn_generate_params_t *p)
{
	return check_params(p);
}

/* Draws the dataset into the streams of g->out; the caller opens and closes them. */
static sn_error_t generate_into(gen_t *g)
{
	const sn_generate_params_t *params = g->p;
	size_t A = params->nactors;
	sn_error_t err;

	sn_generate_tree_size(params, &g->nc, &g->nm);
	g->rng = gsl_rng_alloc(gsl_rng_mt19937);
	g->stamp = calloc(A, sizeof *g->stamp);
	g->members = malloc(params->large_max * sizeof *g->members);
	g->keys = malloc(A * sizeof *g->keys);
	g->order = malloc(A * sizeof *g->order);
	if (!g->rng || !g->stamp || !g->members || !g->keys || !g->order)
		return nomem();
	gsl_rng_set(g->rng, sn_seed_gsl(params->seed));
	err = make_tree(g);
	if (err == SN_OK)
		err = make_actors(g);
	if (err == SN_OK)
		err = make_pickers(g);
	if (err == SN_OK) {
		write_territories(g);
		write_actors(g);
		make_projects(g);
	}
	return err;
}

/* Starts `g` with `params` (NULL: the defaults, kept in *defaults) once they pass the checks. */
static sn_error_t gen_start(gen_t *g, const sn_generate_params_t *params,
			    sn_generate_params_t *defaults)
{
	if (!params) {
		sn_generate_params_init(defaults);
		params = defaults;
	}
	memset(g, 0, sizeof *g);
	g->p = params;
	return check_params(params);
}

sn_error_t sn_generate_write(FILE *const out[SN_GENERATE_NFILES], const sn_generate_params_t *params)
{
	FILE *fp[SN_DSFILE_COUNT] = { NULL };
	sn_generate_params_t defaults;
	gen_t g;
	sn_error_t err;

	if ((err = gen_start(&g, params, &defaults)) != SN_OK)
		return err;
	memcpy(fp, out, FILES * sizeof *fp);
	sn_dataset_writer_streams(&g.out, fp);
	err = sn_dataset_writer_finish(&g.out, generate_into(&g));
	gen_free(&g);
	return err;
}

sn_error_t sn_generate(const char *dir, const sn_generate_params_t *params)
{
	static const bool want[SN_DSFILE_COUNT] = { true, true, true, true };
	sn_generate_params_t defaults;
	gen_t g;
	sn_error_t err;

	if ((err = gen_start(&g, params, &defaults)) != SN_OK)
		return err;
	err = sn_dataset_writer_open(&g.out, dir, want);
	if (err == SN_OK)
		err = generate_into(&g);
	err = sn_dataset_writer_finish(&g.out, err);
	gen_free(&g);
	return err;
}
