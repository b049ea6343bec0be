/*
 * samnet/territory.h: the territory tree and the population it holds.
 *
 * Population belongs to territories, not to actors.  A tree is read from a
 * territories.csv (columns code, name, parent and any population_YYYY) or
 * the bundled Swedish tree: Sweden (SE) -> 21 län (SCB codes 01..25) ->
 * 290 kommuner (SCB codes 0114..2584), SCB populations on 31 December.
 *
 * A territory's figure for a year is its own figure for that year, else the
 * sum of its children's figures for that same year (recursively, when every
 * child has one).  A territory with no figure for the year asked for takes
 * its figure from the latest earlier year in which it has one ("the latest
 * figure at or before the year"); so each territory's figure comes from one
 * year, but two territories' figures may come from different years (the
 * bundled tree has county figures for 2021-2025 and kommun figures for 2021
 * and 2024: in 2025, Hallands län counts its 2025 people and Malmö its
 * 2024 people).  sn_territories_figure_year() says which year.
 *
 * When the tree is read, every own figure is checked against its children's:
 * the children's figures for a year, summed, may not exceed the parent's.
 *
 * Lifetime: opaque-free transparent struct, sn_territories_load() creates,
 * sn_territories_free() frees (NULL is fine).  Fields are read-only.
 */
#ifndef SAMNET_TERRITORY_H
#define SAMNET_TERRITORY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "samnet/diag.h"
#include "samnet/error.h"
#include "samnet/table.h"

#ifdef __cplusplus
extern "C" {
#endif

#define SN_NO_PARENT ((size_t)-1)
#define SN_NO_POPULATION INT64_C(-1)

typedef struct {
	size_t count;         /* territories */
	char **code;          /* [count] unique codes, e.g. "SE", "12", "1280" */
	char **name;          /* [count] names, e.g. "Skåne län", "Malmö" */
	size_t *parent;       /* [count] parent index or SN_NO_PARENT for the root */
	size_t root;          /* index of the single root */
	size_t nyears;
	int *years;           /* [nyears] ascending years with a population column */
	int64_t *population;  /* [count * nyears] own figures, SN_NO_POPULATION if absent */
	char *source;         /* path it was read from (owned) */
	size_t nlevels;       /* depth of the deepest territory + 1 */
	char **levels;        /* [nlevels] level names by depth (sn_territories_level()) */
	/* Private: */
	size_t *sorted;       /* [count] indices sorted by code */
	size_t *child_start;  /* [count + 1] offsets into children */
	size_t *children;     /* [count] children grouped by parent */
	int64_t *resolved;    /* [count * nyears] own figure, else children's sum, else SN_NO_POPULATION */
} sn_territories_t;

/*
 * Reads a territory tree from a CSV file through the table reader.  Required
 * columns: code, name, parent (empty for the root).  Optional: one or more
 * population_YYYY columns holding non-negative integers, and level, the
 * name of each territory's level ("land", "fylke", "kommune"; the same for
 * every territory at one depth, an error otherwise).  Checks: duplicate
 * or empty codes, unknown parents, cycles, zero or several roots, negative,
 * non-numeric or overflowing figures, and a territory whose own figure for a
 * year is smaller than the sum of its children's figures for that year (the
 * message names both figures).  Every problem goes to `diag`.
 *
 * Returns SN_OK and sets *out, SN_EDATA when `diag` has errors (then *out is
 * NULL), SN_EIO when the file cannot be read, SN_ENOMEM.  O(n log n + n
 * years): every figure is worked out once here.
 */
sn_error_t sn_territories_load(sn_territories_t **out, const char *path,
			       const sn_table_options_t *opts, sn_diag_t *diag);

void sn_territories_free(sn_territories_t *t);

/* Index of the territory with `code`, or SN_NO_PARENT when absent.  O(log n). */
size_t sn_territories_find(const sn_territories_t *t, const char *code);

/* Depth of territory `i`: 0 for the root, 1 for a county, 2 for a kommun. */
size_t sn_territories_depth(const sn_territories_t *t, size_t i);

/*
 * The name of the level at `depth` (borrowed), or NULL below the deepest:
 * the level column's value for the territories at that depth, else
 * "country", "county", "municipality", then "level N".  Nothing in samnet
 * assumes Sweden: the bundled tree is data like any other.  O(1).
 */
const char *sn_territories_level(const sn_territories_t *t, size_t depth);

/* The name of the root territory, the country ("Sverige", "Norge"); borrowed.  O(1). */
const char *sn_territories_country(const sn_territories_t *t);

/* True when `ancestor` is `i` or lies on the path from `i` to the root. */
bool sn_territories_within(const sn_territories_t *t, size_t i, size_t ancestor);

/*
 * The default year: the latest in which every territory has a figure for
 * that very year (its own or its children's sum), so that no figure is
 * taken from an earlier year; failing that, the latest with any figure; 0
 * when the tree holds no population.  For the bundled Swedish tree this is
 * 2024 (kommun figures exist for 2021 and 2024).
 */
int sn_territories_latest_year(const sn_territories_t *t);

/*
 * The earliest and the latest year with any figure in *first and *last (both
 * 0 when the tree holds no population).  Every year between them has a
 * figure for each territory that has one at or before it.  O(count * nyears).
 */
void sn_territories_year_range(const sn_territories_t *t, int *first, int *last);

/*
 * The year whose figure sn_territories_population(t, i, year) uses: the
 * latest year at or before `year` in which territory `i` has a figure (its
 * own, or its children's sum for that year); 0 when it has none.
 * O(nyears).
 */
int sn_territories_figure_year(const sn_territories_t *t, size_t i, int year);

/*
 * Population of territory `i` in `year`: its figure for the latest year at
 * or before `year` in which it has one (own figure, else the sum of its
 * children's for that year).  Returns SN_EDATA ("no population for X in or
 * before YEAR") when it has none.  (Sums that overflow 64 bits are refused
 * when the tree is read.)  O(nyears).
 */
sn_error_t sn_territories_population(const sn_territories_t *t, size_t i, int year,
				     int64_t *out);

/*
 * Population of the union of the territories `idx[0..n)`: territories that
 * lie inside another listed one are counted once (Region Skåne together with
 * Malmö counts Malmö's people once).  Duplicates are fine; n = 0 gives 0.
 * Errors as sn_territories_population(), and SN_ENUMERIC when the total
 * overflows 64 bits (figures of different years can add up to more than the
 * root's).  O(count + n * (depth + nyears)).
 */
sn_error_t sn_territories_union_population(const sn_territories_t *t, const size_t *idx,
					   size_t n, int year, int64_t *out);

#ifdef __cplusplus
}
#endif
#endif
