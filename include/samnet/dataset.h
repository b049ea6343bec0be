/*
 * samnet/dataset.h: a collaboration dataset, a folder of UTF-8 CSV files.
 *
 *   actors.csv       id, name, type [, territory, represents, any others]
 *   projects.csv     id, name [, theme, kind, start, end, budget_sek, source, ...]  (optional)
 *   memberships.csv  project, actor [, role, amount_sek, ...]
 *   coalitions.csv   coalition, actor                                              (optional)
 *   territories.csv  code, name, parent [, population_YYYY ...]                    (optional)
 *
 * Column order is free and unknown columns are kept as attributes.  When
 * projects.csv exists it lists every project, and a membership naming
 * another is an error; without it, the projects are those memberships.csv
 * names, each with its id as name.  A file with a header and no rows is
 * reported at the header's line: an error for actors.csv and territories.csv,
 * a warning for the others (memberships.csv: a network without ties).
 * A membership's or coalition's actor may be a group selector that expands
 * through the territory tree:
 *   kommuner:24         every kommun actor whose territory lies in county 24
 *   regions:*           every region actor
 *   regions:06,07,08    the region actors of these counties
 *   lansstyrelser:...   likewise for länsstyrelser
 * A selector that matches nothing is an error.
 *
 * When the folder has no territories.csv, the bundled Swedish tree is used
 * (sn_dataset_options_t.default_territories).
 *
 * Population is attributed by one rule.  An actor's `territory` says where
 * it is; only an actor that represents a territory carries that
 * territory's population.  By type, regions, kommuner and länsstyrelser
 * represent their territory; every other type (a university, a company, an
 * agency) represents none, so "Lund + Lunds universitet" holds Lund's
 * people, not Skåne's.  The optional `represents` column of actors.csv
 * overrides the type rule for its row: a territory code (a state actor
 * speaking for "SE", a kommunförbund for its county), "none", or empty for
 * the type rule.  The column is also kept as an attribute.
 *
 * Lifetime: transparent read-only struct from sn_dataset_load(), freed with
 * sn_dataset_free() (NULL is fine).
 */
#ifndef SAMNET_DATASET_H
#define SAMNET_DATASET_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "samnet/diag.h"
#include "samnet/error.h"
#include "samnet/period.h"
#include "samnet/progress.h"
#include "samnet/table.h"
#include "samnet/territory.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
	SN_ACTOR_REGION,
	SN_ACTOR_KOMMUN,
	SN_ACTOR_LANSSTYRELSE,
	SN_ACTOR_AGENCY,
	SN_ACTOR_UNIVERSITY,
	SN_ACTOR_COMPANY,
	SN_ACTOR_FUND,
	SN_ACTOR_NGO,
	SN_ACTOR_ASSOCIATION,
	SN_ACTOR_RESEARCH,     /* a research organisation that is not a university (RISE, an institute) */
	SN_ACTOR_OTHER,
	SN_ACTOR_TYPE_COUNT
} sn_actor_type_t;

/* "region", "kommun", ... (borrowed, static). */
const char *sn_actor_type_name(sn_actor_type_t type);

/* Parses a type name; SN_EDATA ("unknown actor type 'X'") when unknown. */
sn_error_t sn_actor_type_parse(const char *name, sn_actor_type_t *out);

/* Territorial actors govern a territory: regions, kommuner, länsstyrelser. */
bool sn_actor_type_is_territorial(sn_actor_type_t type);

/* Membership roles, a bit set: several roles of one pair collapse onto one edge. */
enum {
	SN_ROLE_LEAD = 1u << 0,
	SN_ROLE_PARTNER = 1u << 1,
	SN_ROLE_FUNDER = 1u << 2,
	SN_ROLE_OWNER = 1u << 3,
	SN_ROLE_MEMBER = 1u << 4
};
#define SN_ROLE_COUNT 5

/* "lead", "partner", ... for bit index 0..SN_ROLE_COUNT-1. */
const char *sn_role_name(unsigned bit_index);

/* Attribute columns kept from a file: names[ncols], cells[nrows * ncols] ("" when empty). */
typedef struct {
	size_t ncols;
	size_t nrows;
	char **names;
	char **cells;
} sn_attrs_t;

/* Cell (row, col) of an attribute table (borrowed). */
const char *sn_attrs_get(const sn_attrs_t *a, size_t row, size_t col);

/* Column index by name, or -1. */
long sn_attrs_find(const sn_attrs_t *a, const char *name);

typedef struct {
	char *id;
	char *name;
	sn_actor_type_t type;
	size_t territory;      /* index into the territory tree, or SN_NO_PARENT */
	size_t represents;     /* territory whose population the actor carries, or SN_NO_PARENT */
	size_t line;           /* line in actors.csv; 0 for actors not from a file */
} sn_actor_t;

typedef struct {
	char *id;
	char *name;
	size_t line;           /* line in projects.csv; 0 when there is no projects.csv */
	sn_date_t start;       /* the start and end columns (samnet/period.h); year 0: none */
	sn_date_t end;
} sn_project_t;

typedef struct {
	size_t project;        /* index into projects */
	size_t actor;          /* index into actors */
	unsigned roles;        /* SN_ROLE_* bits; 0 when no role was given */
	double amount_sek;     /* sum over merged rows; NAN when none given */
	size_t line;           /* first line in memberships.csv */
	char *selector;        /* the selector this row came from, or NULL (owned) */
} sn_membership_t;

typedef struct {
	char *name;
	size_t *actors;        /* [nactors] indices into actors, sorted, unique */
	size_t nactors;
} sn_coalition_t;

typedef struct {
	char *path;                  /* the folder */
	sn_actor_t *actors;
	size_t nactors;
	sn_attrs_t actor_attrs;      /* every column of actors.csv except id, name, type, territory */
	sn_project_t *projects;
	size_t nprojects;
	sn_attrs_t project_attrs;    /* every column of projects.csv except id, name (rows = nprojects) */
	sn_membership_t *memberships;  /* unique (project, actor) pairs, sorted by project then actor */
	size_t nmemberships;
	sn_coalition_t *coalitions;
	size_t ncoalitions;
	sn_territories_t *territories; /* never NULL after a successful load */
	/* Private: */
	void *actor_index, *project_index;      /* id -> index maps */
	bool projects_listed;                   /* projects.csv was read: it lists every project */
	bool projects_rejected;                 /* some of its rows were rejected with an error */
	size_t project_cap, project_attr_cap;
} sn_dataset_t;

typedef struct {
	sn_table_options_t table;          /* dialect options for every file */
	const char *default_territories;   /* territories.csv to use when the folder has none; NULL: none */
} sn_dataset_options_t;

/*
 * Loads the dataset in folder `dir`.  Every problem of every file goes to
 * `diag`: missing files or columns, duplicate ids, unknown types, unknown
 * actor, project or territory references, selectors matching nothing,
 * negative or non-numeric amounts, a start or end that is not a date, an
 * end before the start (reported at the end cell).  Repeated (project, actor) rows merge
 * their roles and amounts into one membership.
 *
 * Returns SN_OK and sets *out; SN_EDATA when `diag` holds errors (*out NULL);
 * SN_EIO when the folder or a required file cannot be read; SN_ENOMEM.
 * O(m log m) for m rows in all.
 */
sn_error_t sn_dataset_load(sn_dataset_t **out, const char *dir,
			   const sn_dataset_options_t *opts, sn_diag_t *diag);

/*
 * sn_dataset_load() with progress reports (samnet/progress.h) to `progress`
 * (NULL: none): step "load", in bytes of the folder's five files, reported
 * before the first and after each file is read.
 */
sn_error_t sn_dataset_load_progress(sn_dataset_t **out, const char *dir,
				    const sn_dataset_options_t *opts, sn_diag_t *diag,
				    const sn_progress_t *progress);

void sn_dataset_free(sn_dataset_t *ds);

/*
 * Accessors for callers that do not read the struct (language bindings).
 * Indices must be in range (asserted); strings are borrowed.  O(1).
 */
size_t sn_dataset_nactors(const sn_dataset_t *ds);
const char *sn_dataset_actor_id(const sn_dataset_t *ds, size_t a);
const char *sn_dataset_actor_name(const sn_dataset_t *ds, size_t a);
sn_actor_type_t sn_dataset_actor_type(const sn_dataset_t *ds, size_t a);
size_t sn_dataset_ncoalitions(const sn_dataset_t *ds);
const char *sn_dataset_coalition_name(const sn_dataset_t *ds, size_t c);
/* The members of coalition `c`: *n_out actor indices, sorted and unique. */
const size_t *sn_dataset_coalition_actors(const sn_dataset_t *ds, size_t c, size_t *n_out);

/*
 * Keeps only the projects active in `years` (samnet/period.h: undated
 * projects are dropped too) and their memberships, in place: project
 * indices are renumbered in their order, the project attribute rows and the
 * id index follow.  Actors, coalitions and territories are unchanged (an
 * actor may be left without memberships).  *stats_out (may be NULL)
 * receives the counts.  Returns SN_OK or SN_ENOMEM (the dataset is then
 * unchanged).  O(projects + memberships).
 */
sn_error_t sn_dataset_restrict_years(sn_dataset_t *ds, sn_years_t years,
				     sn_period_stats_t *stats_out);

/*
 * The first and last year of the dated projects (a start, or an end for a
 * project without start; the latest start or end).  false when none.
 * O(projects).
 */
bool sn_dataset_year_span(const sn_dataset_t *ds, int *first, int *last);

/* Index of the actor / project with `id`, or SN_NO_PARENT.  O(1) expected. */
size_t sn_dataset_find_actor(const sn_dataset_t *ds, const char *id);
size_t sn_dataset_find_project(const sn_dataset_t *ds, const char *id);

/*
 * Resolves an actor reference as memberships.csv does: an actor id or a
 * group selector ("kommuner:24", "regions:*", "regions:06,07").  Appends the
 * matching actor indices to *list, growing it with realloc (*n entries,
 * capacity *cap; start from NULL, 0, 0; the caller frees).  Returns SN_OK,
 * SN_EDATA with a message (unknown actor, unknown territory, a selector
 * matching nothing) or SN_ENOMEM.
 */
sn_error_t sn_dataset_resolve_actor(const sn_dataset_t *ds, const char *ref, size_t **list,
				    size_t *n, size_t *cap);

/*
 * The projects actors `a` and `b` are both members of (memberships.csv), as
 * ascending project indices into *out (the caller's, to free(); NULL when
 * none) and their number into *n: the count weight of the a-b tie of the
 * actor projection (sn_projection_build() with SN_WEIGHT_COUNT).  With
 * a == b, the projects of `a`.  Errors: SN_EINVAL for an actor index out of
 * range; SN_ENOMEM.  On error *out is NULL, *n 0.  O(memberships).
 */
sn_error_t sn_dataset_shared_projects(const sn_dataset_t *ds, size_t a, size_t b, size_t **out,
				      size_t *n);

/* Index of the coalition named `name`, or SN_NO_PARENT. */
size_t sn_dataset_find_coalition(const sn_dataset_t *ds, const char *name);

/*
 * County (depth-1 territory) index of actor `a`, or SN_NO_PARENT when the
 * actor has no territory or sits at the root.
 */
size_t sn_dataset_actor_county(const sn_dataset_t *ds, size_t a);

/*
 * Population represented by the actors `idx[0..n)`: the population of the
 * union of the territories they represent (sn_actor_t.represents; see
 * sn_territories_union_population), so a region and one of its kommuner
 * count the kommun's people once.  Actors that represent no territory add
 * nothing.  Errors as that function.
 */
sn_error_t sn_dataset_represented_population(const sn_dataset_t *ds, const size_t *idx,
					     size_t n, int year, int64_t *out);

/*
 * The population rule in force, in words, for output metadata: "territorial
 * actors only (region, kommun, lansstyrelse)", or, when actors.csv has a
 * represents column, that it overrides the type rule.  Borrowed, static.
 */
const char *sn_dataset_population_rule(const sn_dataset_t *ds);

#ifdef __cplusplus
}
#endif
#endif
