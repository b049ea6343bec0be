/*
 * samnet/power_doc.h: the voting power of a game as a result document
 * (samnet/doc.h), what `samnet power` prints.  No igraph or GSL type is
 * needed to call it: a binding fills the options, calls sn_power_doc() and
 * renders or reads the document.
 */
#ifndef SAMNET_POWER_DOC_H
#define SAMNET_POWER_DOC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "samnet/dataset.h"
#include "samnet/doc.h"
#include "samnet/error.h"
#include "samnet/handles.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Coalitions listed by `minimal` and `blocking` at most (beyond, counted). */
#define SN_POWER_DOC_MAX_LIST 10000

/*
 * What to compute.  Every text is borrowed and may be NULL for its
 * default; the texts are read as `samnet power` reads its options.
 */
typedef struct {
	/* A typed game (no dataset): the weights "4,4,4,2,2,1" and names "A,B,..." */
	const char *weights;
	const char *names;
	/* Dataset players: a selector "type=TYPE" or "id,id,..." (default
	   type=region), or the members of the named coalition of coalitions.csv. */
	const char *players;
	const char *coalition;
	/* "population" (default), "sqrt-population", "equal" or an actor column. */
	const char *weight;
	/* The quota "N", "N%", ">N", ">N%" (default ">50%"), or instead a rule: a
	   preset (majority, qualified, double, unanimity) or "members>=11 and
	   population>=65%" (sn_rule_preset(), sn_game_from_rule()). */
	const char *quota;
	const char *rule;
	/* sn_power_indices_parse() and sn_power_method_parse() texts. */
	const char *indices;
	const char *method;
	uint64_t samples;        /* Monte Carlo samples; 0: 1000000 */
	uint64_t seed;           /* Monte Carlo and Leiden seed (default 1) */
	/* Myerson's graph restriction: the dataset players' shared projects
	   (`connected`), or the ties "I-J,..." of a typed game (`graph`). */
	bool connected;
	const char *graph;
	/* Blocs for the Owen value: "coalitions", "communities" (Leiden on the
	   count-weighted actor projection, seeded by `seed`, at most
	   `max_iterations` iterations) or, typed, a label per player "A,A,B". */
	const char *blocs;
	int max_iterations;      /* default SN_COMMUNITIES_MAX_ITERATIONS */
	size_t max_ties;         /* projection size limit for blocs=communities; 0: none */
	bool minimal;            /* add the table of minimal winning coalitions */
	bool blocking;           /* add the table of minimal blocking coalitions */
	/* Put before the option name that starts the message of an invalid
	   request (SN_EINVAL from the players, the game or the options):
	   "--" gives "--quota: ..."; NULL gives "quota: ...". */
	const char *option_prefix;
} sn_power_doc_options_t;

/* Sets every field to its default (NULL texts, seed 1, 100 Leiden iterations). */
void sn_power_doc_options_init(sn_power_doc_options_t *o);

/*
 * The a priori voting power of each player (sn_power_compute(): Banzhaf
 * 1965, Shapley-Shubik 1954, Johnston, Deegan-Packel, Holler, Coleman,
 * Owen 1977; Myerson 1977 under a graph restriction) into `doc`:
 * metadata (the population metadata when `ds` is given, players, weight,
 * one "quota <criterion>" per criterion, rule, the method of each index,
 * Monte Carlo samples and seed, winning coalitions, Coleman's power of the
 * collectivity to act, communication graph, blocs) and the table "power"
 * (id, name, weight, weight_share, every computed index, banzhaf_ratio and
 * shapley_ratio = index over weight share, bloc), then, as asked,
 * "minimal_winning" and "minimal_blocking" (coalition, size, weight,
 * weight_share, members; at most SN_POWER_DOC_MAX_LIST rows, the count in
 * the metadata).
 *
 * `ds` NULL: a typed game from o->weights; else the dataset's players with
 * their population in `year` (the year in use, as sn_dataset_load() chose
 * it), `net` its two-mode network (used for blocs=communities).
 *
 * Errors: SN_EINVAL when `net` is not the network of `ds`; for a bad
 * request, with the message of the parser
 * that refused it (prefixed by o->option_prefix: "--quota: quota 10
 * exceeds the total weight 9") or, unprefixed, of sn_power_compute() and
 * sn_game_minimal_coalitions() (a combination the game does not allow);
 * SN_EDATA (every weight 0, a bad column), SN_ELIMIT (too many players for
 * enumeration or a graph, a projection above max_ties) and SN_ENOMEM with
 * their messages.  After a failure `doc` may hold part of the metadata.
 * Complexity: that of sn_power_compute() and the coalition lists.
 */
sn_error_t sn_power_doc(sn_doc_t *doc, const sn_dataset_t *ds, const sn_network_t *net, int year,
			const sn_power_doc_options_t *o);

#ifdef __cplusplus
}
#endif
#endif
