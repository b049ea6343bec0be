/*
 * samnet/generate.h: a seeded model of regional collaboration networks.
 *
 * sn_generate() writes a synthetic dataset in samnet's format (see
 * samnet/dataset.h) for benchmarks and tests:
 *
 *   territories.csv  code,name,parent,population_YEAR: a country "SE" ->
 *                    counties (codes "01", "02", ...) -> municipalities
 *                    (county code + two digits).  Municipal populations are
 *                    lognormal (heavy-tailed, median 16 000); counties and the
 *                    country take the sum of their children.
 *   actors.csv       id,name,type,territory,seat: one region and one
 *                    länsstyrelse per county, one kommun per municipality,
 *                    the rest drawn from the other types.  `territory` is
 *                    the territory a territorial actor governs (its county
 *                    or municipality) and, for the other actors, their home
 *                    municipality; `seat` is every actor's home municipality
 *                    (a region's is its county's most populous one).
 *   projects.csv     id,name,theme,start,end,budget_sek: start uniform in
 *                    first_year..last_year, end 1 to 4 years after it
 *   memberships.csv  project,actor,role (lead, partner or funder)
 *
 * The model.  Each actor has an activity (fitness) drawn from a lognormal
 * distribution, scaled by its type (regions and universities take part in
 * more projects than companies).  Non-territorial actors are seated in a
 * municipality with probability proportional to its population.  Project
 * sizes follow a discrete power law P(k) ~ k^-size_exponent on
 * [min_size, max_size]; a share `large_share` of projects instead has a size
 * drawn uniformly from (max_size, large_max].  A share `locality` of
 * projects is local: a county is drawn with probability proportional to the
 * summed activity of its actors and all members come from that county (a
 * local project's size is capped at the county's actor count, and at least
 * 2).  The other projects draw members from the whole country and are made
 * to span at least two counties.  Members are drawn without replacement
 * with probability proportional to activity.  The first member is the lead
 * (fund actors are funders).  The heavy tails follow what is observed in
 * real collaboration networks (Newman 2001; Barabási et al. 2002).
 *
 * Determinism: the GSL Mersenne Twister (gsl_rng_mt19937) seeded with
 * sn_seed_gsl(seed) drives every draw, so the same parameters give byte-identical
 * files on every platform with IEEE doubles.
 */
#ifndef SAMNET_GENERATE_H
#define SAMNET_GENERATE_H

#include <stddef.h>
#include <stdio.h>

#include "samnet/error.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct {
	size_t nactors;          /* actors, >= 3; default 1000 */
	size_t nprojects;        /* projects, >= 1; default 2000 */
	uint64_t seed;           /* RNG seed; default 1 */
	size_t ncounties;        /* 0: auto, min(21, max(1, nactors / 40)) */
	size_t nmunicipalities;  /* 0: auto, min(290, max(ncounties, nactors / 4)); >= ncounties */
	double locality;         /* share of single-county projects, [0, 1]; default 0.8 */
	double activity_sigma;   /* lognormal sigma of actor activity, >= 0; default 1.0 */
	double size_exponent;    /* power-law exponent of project sizes, >= 0; default 2.5 */
	size_t min_size;         /* smallest project, >= 2; default 2 */
	size_t max_size;         /* largest ordinary project, >= min_size; default 40 */
	double large_share;      /* share of projects larger than max_size, [0, 1]; default 0.005 */
	size_t large_max;        /* largest large project, >= max_size; default 120 */
	int year;                /* population column year; default 2024 */
	int first_year;          /* projects start from this year; default 2014 */
	int last_year;           /* to this one, >= first_year, <= 9990; default 2023 */
} sn_generate_params_t;

/* Fills `p` with the documented defaults. */
void sn_generate_params_init(sn_generate_params_t *p);

/*
 * Counties and municipalities the generator will use for `p` (resolving
 * the automatic 0 values).  Either output may be NULL.
 */
void sn_generate_tree_size(const sn_generate_params_t *p, size_t *ncounties_out,
			   size_t *nmunicipalities_out);

/* The files of a generated dataset: territories.csv, actors.csv, projects.csv, memberships.csv. */
#define SN_GENERATE_NFILES 4

/* The name of file `i` (0 .. SN_GENERATE_NFILES - 1) in that order; NULL beyond.  Borrowed. */
const char *sn_generate_file_name(size_t i);

/*
 * Checks `p` as sn_generate() does, without writing anything: SN_OK or
 * SN_EINVAL with a message naming the parameter.  Time O(1).
 */
sn_error_t sn_generate_params_check(const sn_generate_params_t *p);

/*
 * Generates the same dataset as sn_generate() into open streams, out[i]
 * receiving file sn_generate_file_name(i), for a caller that manages its
 * own files (the samnet command line writes them atomically and removes
 * them on a signal).  The streams are flushed, not closed; after a failure
 * their contents are incomplete.  `p` NULL: defaults.
 *
 * Returns SN_OK; SN_EINVAL for parameters out of range, before anything is
 * written; SN_EIO when a stream reports a write error (the message names
 * the file); SN_ENOMEM.  Time and memory as sn_generate().
 */
sn_error_t sn_generate_write(FILE *const out[SN_GENERATE_NFILES], const sn_generate_params_t *p);

/*
 * Generates a dataset with parameters `p` (NULL: defaults) and writes
 * territories.csv, actors.csv, projects.csv and memberships.csv into the
 * folder `dir`, created when missing (its parent must exist).  Each file is
 * written to a temporary file in `dir` and all four are renamed into place
 * only after every write succeeded; on failure no file of the dataset is
 * replaced and the temporary files are removed.
 *
 * Returns SN_OK; SN_EINVAL for parameters out of range (the message names
 * the parameter), including fewer actors than the territorial actors
 * (2 * counties + municipalities); SN_EIO when `dir` cannot be created or a
 * file cannot be written; SN_ENOMEM.
 *
 * Time O(A + P * s log A) for A actors, P projects of mean size s; memory
 * O(A + P * s).
 */
sn_error_t sn_generate(const char *dir, const sn_generate_params_t *p);

#ifdef __cplusplus
}
#endif
#endif
