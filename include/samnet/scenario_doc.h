/*
 * samnet/scenario_doc.h: a what-if scenario on a coalition as a result
 * document (samnet/doc.h), what `samnet coalition --add/--remove/--suggest`
 * and `samnet power -c NAME --add ...` print (issue 21).
 */
#ifndef SAMNET_SCENARIO_DOC_H
#define SAMNET_SCENARIO_DOC_H

#include <stddef.h>

#include "samnet/dataset.h"
#include "samnet/doc.h"
#include "samnet/error.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct {
	/* The base coalition: members[0..nmembers) (dataset actor indices)
	   shown as `coalition`; when members is NULL, the members of the
	   coalition of coalitions.csv named `coalition` (NULL: the first). */
	const char *coalition;
	const size_t *members;
	size_t nmembers;
	/* The change (sn_scenario_members()): lists of ids, selectors and
	   coalition names joining and leaving; NULL for none. */
	const char *add;
	const char *remove;
	size_t suggest;          /* list that many candidates to invite next; 0: none */
	const char *electorate;  /* a players selector; NULL: the regions */
	const char *rule;        /* a preset or a rule; NULL: majority */
} sn_scenario_doc_options_t;

/* Sets every field to its default (no coalition, no change). */
void sn_scenario_doc_options_init(sn_scenario_doc_options_t *o);

/*
 * The comparison of a coalition with itself after o->add and o->remove
 * (sn_scenario_compute() in `year`) into `doc`: the population metadata,
 * coalition, rule, electorate, national_population, power_base and
 * power_scenario (why the members' indices are not defined, when they are
 * not); the tables "scenario" (base, scenario and delta rows: members,
 * in_electorate, population, population_share, rule_met), "members"
 * (every member of either side: status, Banzhaf and Shapley-Shubik before,
 * after and their difference), "suggestions" (when o->suggest > 0:
 * sn_scenario_suggest()) and "blocking" (the smallest blocking minorities
 * of both sides, sn_scenario_blocking(), with their population share).
 *
 * Errors: SN_EINVAL for a coalition name the dataset lacks ("no coalition
 * named 'x'; did you mean ...?") or a dataset without coalitions, and the messages of sn_scenario_members()
 * and sn_scenario_compute() (an add or remove that changes nothing, a bad
 * electorate or rule); SN_EDATA, SN_ELIMIT and SN_ENOMEM with their
 * messages.  After a failure `doc` may hold part of the metadata.
 * Complexity: that of sn_scenario_compute() plus the blocking lists.
 */
sn_error_t sn_scenario_doc(sn_doc_t *doc, const sn_dataset_t *ds, int year,
			   const sn_scenario_doc_options_t *o);

#ifdef __cplusplus
}
#endif
#endif
