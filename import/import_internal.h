/* Private: the layout of sn_import_t, shared by the core, the rules and the writer. */
#ifndef SAMNET_IMPORT_INTERNAL_H
#define SAMNET_IMPORT_INTERNAL_H

#include "base/strmap.h"
#include "import/import_private.h"

enum { SN__IMPORT_MAX_SOURCES = 16 };

typedef struct {
	char *id, *name, *country, *nuts3, *orgnr, *pic, *source_type, *territory, *key;
	sn_actor_type_t type;
	unsigned sources;        /* bit per source seen */
} sn__iactor_t;

typedef struct {
	char *id, *name, *acronym, *theme, *kind, *programme, *start, *end, *currency, *source;
	double budget, eu;
} sn__iproject_t;

typedef struct {
	size_t project, actor;
	unsigned part;           /* SN__PART_* bits */
	double amount;           /* NAN: unknown */
	char *currency;
	bool mixed;              /* amounts in several currencies: left unknown */
} sn__imember_t;

typedef struct {
	size_t actor;
	const char *scheme, *value;
} sn__ialias_t;

typedef struct {
	size_t project;
	char *actor;             /* the selector as written */
	unsigned part;
} sn__iselector_t;

struct sn_import {
	char *country;
	const sn_territories_t *territories;
	const char *source;
	const char *sources[SN__IMPORT_MAX_SOURCES];
	size_t nsources;
	unsigned source_bit;

	sn__iactor_t *actors;
	size_t nactors, actors_cap;
	sn__iproject_t *projects;
	size_t nprojects, projects_cap;
	sn__imember_t *members;
	size_t nmembers, members_cap;
	sn__ialias_t *aliases;
	size_t naliases, aliases_cap;
	sn__iselector_t *selectors;  /* --into memberships naming a selector (kommuner:24), kept as written */
	size_t nselectors, selectors_cap;

	sn_strmap_t actor_keys;     /* "orgnr:...", "pic:...", "name:...", "id:SRC:..." -> actor */
	sn_strmap_t actor_ids;      /* output id -> actor */
	sn_strmap_t project_keys;   /* project key -> project */
	sn_strmap_t pairs;          /* "P,A" -> membership */
	sn_strmap_t alias_set;      /* "A\x1fscheme\x1fvalue" */
	sn_strmap_t type_map;       /* mapping-file key -> type */

	char **pool;                /* every string the import owns */
	size_t npool, pool_cap;

	size_t *dup_start, *dup_actors, ndups;

	sn_import_report_t report;
};

/* A copy of `s` (NULL: "") owned by the import; NULL when out of memory. */
char *sn__import_keep(sn_import_t *imp, const char *s);

/* Folds a name for comparison: lower case (Å/Ä/Ö/É/Ü too), blanks squeezed, punctuation dropped. */
void sn__import_fold(const char *s, char *out, size_t size);

/* A territory code the name identifies (a kommun "X kommun"/"X stad", a region "Region X"), or NULL. */
const char *sn__import_name_territory(const sn_import_t *imp, const char *name, sn_actor_type_t type);

#endif
