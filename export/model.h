/*
 * export/model.h (private): the exported graph as flat, typed tables, so
 * that every writer walks the same vertices, edges and fields.
 */
#ifndef SAMNET_EXPORT_MODEL_H
#define SAMNET_EXPORT_MODEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "samnet/export.h"
#include "samnet/network.h"
#include "samnet/writer.h"
#include "base/rows.h"

typedef enum { SN__VAL_INT, SN__VAL_REAL, SN__VAL_STRING } sn__valtype_t;

/* One typed field: a value per vertex (or edge), with the missing markers of sn_column_t. */
struct sn__xgraph;

typedef struct {
	const char *name;        /* borrowed or in the pool */
	sn__valtype_t type;
	int64_t *ints;           /* an integer field's values, or NULL when one of these has them: */
	const double *counts;    /* borrowed whole numbers (a projection's shared counts), */
	const struct sn__xgraph *weights_of;  /* or the tie weights of this graph (counts, under
						 count weighting): no copy of 5.5 million values */
	double *reals;
	const char **strings;    /* borrowed or in the pool */
} sn__field_t;

typedef struct sn__xgraph {
	bool two_mode;
	size_t nv, ne;
	size_t *vertex;          /* [nv] exported vertex -> two-mode vertex */
	const char **id;         /* [nv] unique ids */
	const char **label;      /* [nv] display names */
	size_t nvf;
	sn__field_t *vf;         /* vertex fields, "name" first */
	/*
	 * Tie e joins sn__xgraph_src(g, e) and sn__xgraph_dst(g, e) (lower first
	 * in a projection) with weight sn__xgraph_weight(g, e): [ne] arrays, or
	 * for a projection its rows read in place (`rows`, the others NULL), tie
	 * e the e-th entry above its row's vertex: at 5.5 million ties, 130 MB
	 * not copied.
	 */
	int32_t *src, *dst;
	double *weight;
	const struct sn__adj_rows *rows;
	igraph_integer_t *tie_start;  /* rows: [nv + 1] the ties whose lower end is below v */
	uint64_t serial;         /* rows: tells graphs apart for the position cache */
	size_t nef;
	sn__field_t *ef;         /* edge fields after the weight */
	char **pool;             /* owned strings */
	size_t npool, pool_cap;
} sn__xgraph_t;

/* Finds tie e of a graph read from rows: *v its lower end, *k its entry in v's row. */
void sn__xgraph_locate(const sn__xgraph_t *g, size_t e, igraph_integer_t *v, igraph_integer_t *k);

/*
 * The ends and weight of tie e.  For rows, O(1) when e follows the tie last
 * asked for on the calling thread (a cache per thread), else O(log n).
 */
int32_t sn__xgraph_src(const sn__xgraph_t *g, size_t e);
int32_t sn__xgraph_dst(const sn__xgraph_t *g, size_t e);
double sn__xgraph_weight(const sn__xgraph_t *g, size_t e);

/* Value i of an integer field. */
static inline int64_t sn__field_int(const sn__field_t *f, size_t i)
{
	return f->ints ? f->ints[i] : f->counts ? (int64_t)f->counts[i]
						: (int64_t)sn__xgraph_weight(f->weights_of, i);
}

/* Builds the tables of `x` (checked).  The result is destroyed with sn__xgraph_destroy(). */
sn_error_t sn__xgraph_build(sn__xgraph_t *out, const sn_export_t *x);
void sn__xgraph_destroy(sn__xgraph_t *g);

/* True when field `f` has a value at `i`. */
bool sn__field_has(const sn__field_t *f, size_t i);

/* Index of the vertex field named `name`, or -1. */
long sn__xgraph_find(const sn__xgraph_t *g, const char *name);

/*
 * The field to use for a category: `name` when given (SN_EINVAL when
 * unknown), else "community" when present, else `fallback`.
 */
sn_error_t sn__xgraph_pick(const sn__xgraph_t *g, const char *name, const char *fallback,
			   long *out);

/*
 * Category numbers 1..k for field `f` (text values in order of first
 * appearance, integers likewise, reals rounded likewise); 0 for missing.
 */
sn_error_t sn__field_categories(int64_t *out, const sn__field_t *f, size_t n);

/* Degree of each exported vertex into out[nv] (caller allocates). */
void sn__xgraph_degrees(const sn__xgraph_t *g, double *out, double *strength_out);

/*
 * Positions [nv x 2]: x->layout when given (checked), else Fruchterman-
 * Reingold with weights, seeded with x->seed.  `out` is caller-initialised.
 */
sn_error_t sn__xgraph_layout(igraph_matrix_t *out, const sn__xgraph_t *g, const sn_export_t *x);

/*
 * Where sn__xgraph_layout()'s positions come from, for the file's own
 * description: "positions: Fruchterman-Reingold (igraph, 500 iterations),
 * seed S" (fewer iterations above 500 000 vertices and edges, see
 * export.c), or "positions: given" (borrowed static text or `buf`, >= 96).
 */
const char *sn__xgraph_layout_note(char *buf, const sn__xgraph_t *g, const sn_export_t *x);

/* A real in the shortest form that reads back exactly, '.' as decimal point; buf >= 32. */
const char *sn__fmt_real(char *buf, double v);

/* `v` in decimal digits into buf (24 bytes at least); returns buf. */
const char *sn__fmt_int(char *buf, long long v);

/* Value i of field f as text ("" when missing); buf >= 32 for numbers. */
const char *sn__field_text(const sn__field_t *f, size_t i, char *buf);

/*
 * The one JSON string escaper of the library: writes the characters of `s`
 * as they stand inside a JSON string literal ('"' and '\' escaped, newline
 * and tab as \n and \t, other control characters as \u00XX, the rest as
 * is); with `in_html` also '<', '>', '&', U+2028 and U+2029 as \u escapes,
 * so that the literal can sit inside an HTML <script> element.  (samnet
 * serve, an application on the public API, has its own.)
 */
void sn__json_escape(FILE *fp, const char *s, bool in_html);

/* `s` as a JSON string literal, quoted, with the escapes for HTML: the JSON export, the report. */
void sn__json_string(FILE *fp, const char *s);

/* Flushes `fp`: SN_EIO with a message when that fails or its error flag is set, else SN_OK. */
sn_error_t sn__check_stream(FILE *fp);

/*
 * The writers, one per format (export/<format>.c), all of one signature so
 * that the registry of formats (export/export.c) holds them: write graph
 * `g` of options `x` as format `f` (a writer of several formats, such as
 * Pajek's .net/.clu/.vec, tells them apart by `f`) to `fp`.
 */
typedef sn_error_t sn__writer_fn(FILE *fp, const sn__xgraph_t *g, const sn_export_t *x,
				 sn_export_format_t f);
sn__writer_fn sn__write_graphml, sn__write_gexf, sn__write_gml, sn__write_pajek, sn__write_dot,
	sn__write_json, sn__write_vosviewer, sn__write_csv, sn__write_svg;

/*
 * The csv export's vertex table (id and every field) or edge table (`ends`,
 * e.g. "source,target", then weight and the edge fields): the header line
 * and rows [lo, hi) (export/csv.c; also the parts of export/partitioned.c).
 */
void sn__csv_table(FILE *fp, const sn__xgraph_t *g, bool edges, const char *ends, size_t lo,
		   size_t hi);

#endif
