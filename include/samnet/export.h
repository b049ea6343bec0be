/*
 * samnet/export.h: the network in every viewer's format, and the HTML report.
 *
 * One exported graph is either the two-mode network (actors and projects,
 * one edge per membership) or a one-mode projection of it (network.h).
 * Every vertex carries the same fields in every format:
 *
 *   id         the dataset id; in the two-mode graph, an id that holds a
 *              ':', and a project id that is also an actor's, get the
 *              prefix of their kind, "actor:" or "project:" (project "x"
 *              beside actor "x" is "project:x", project "project:x" is
 *              "project:project:x").  Ids are unique by construction:
 *              those without ':' are actors' ids, unique among actors, and
 *              projects' ids no actor has, unique among projects; the
 *              others are a kind's prefix before an id unique in that kind.
 *              (The loader refuses ':' in actor ids, so "actor:" appears
 *              only for datasets built by other means.)
 *   name       the display name
 *   kind       "actor" or "project"
 *   bipartite  0 for actors, 1 for projects (NetworkX's convention)
 *   type       the actor type ("region", ...); "project" for projects
 *   territory  the territory code (actors with a territory)
 *   county     the county name (actors within a county)
 *   ...        every extra column of actors.csv and projects.csv, typed:
 *              integer when every non-empty cell is an integer (without a
 *              leading zero, so that codes such as "0114" stay text), real
 *              when every one is a number as sn_parse_double() reads it
 *              (decimal commas and thousands spaces are normalised), else
 *              text.  A column whose name clashes with a field above gets
 *              the prefix "actor_" or "project_".
 *   ...        every computed column (sn_columns_t)
 *
 * and every edge: weight (1 in the two-mode graph), roles ("lead;funder",
 * two-mode) and amount_sek (two-mode, when given) or shared (the number of
 * shared projects, projections).  A missing value is left out where the
 * format allows it and written empty otherwise.
 *
 * Numbers are written with a '.' decimal point whatever the locale, reals
 * in the shortest form that reads back to the same double (at most 17
 * significant digits).  Text is UTF-8 throughout and escaped as each format
 * requires.  The writers never open files and never print: they write to
 * the caller's FILE* or writer (samnet/writer.h, for output in memory) and
 * report a failed write as SN_EIO.
 *
 * Lifetime: sn_columns_t is caller-held, sn_columns_init()/destroy();
 * sn_export_t is a plain options struct of borrowed pointers.
 */
#ifndef SAMNET_EXPORT_H
#define SAMNET_EXPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "samnet/error.h"
#include "samnet/handles.h"
#include "samnet/measure.h"
#include "samnet/writer.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- computed per-vertex columns -------------------------------------------- */

typedef enum { SN_COLUMN_INT, SN_COLUMN_REAL, SN_COLUMN_STRING } sn_column_type_t;

typedef struct {
	char *name;
	sn_column_type_t type;
	int64_t *ints;     /* [n] for SN_COLUMN_INT; INT64_MIN marks a missing value */
	double *reals;     /* [n] for SN_COLUMN_REAL; NaN marks a missing value */
	char **strings;    /* [n] for SN_COLUMN_STRING; NULL marks a missing value */
} sn_column_t;

/*
 * Extra columns, one value per vertex of the two-mode network (index =
 * two-mode vertex, actors first), so that one set serves the two-mode
 * graph and both projections.  Fields are read-only.
 */
typedef struct {
	size_t n;            /* values per column */
	size_t count;        /* columns */
	sn_column_t *items;  /* [count] */
} sn_columns_t;

/* Empty set of columns of `n` values each.  Cannot fail. */
void sn_columns_init(sn_columns_t *c, size_t n);

/* Frees every column; the set is empty (same n) afterwards.  NULL is fine. */
void sn_columns_destroy(sn_columns_t *c);

/*
 * Appends a column named `name` holding a copy of `values[0..n)`.  Names
 * must be non-empty and unique (SN_EINVAL otherwise).  Missing values are
 * INT64_MIN, NaN (infinities count as missing too) or NULL as above.
 * SN_ENOMEM.  O(n).
 */
sn_error_t sn_columns_add_int(sn_columns_t *c, const char *name, const int64_t *values);
sn_error_t sn_columns_add_real(sn_columns_t *c, const char *name, const double *values);
sn_error_t sn_columns_add_string(sn_columns_t *c, const char *name, const char *const *values);

/* Index of the column named `name`, or -1. */
long sn_columns_find(const sn_columns_t *c, const char *name);

/* Which standard columns sn_columns_add_standard() computes. */
enum {
	SN_COLUMNS_POPULATION = 1u << 0,
	SN_COLUMNS_CENTRALITY = 1u << 1,
	SN_COLUMNS_COMMUNITIES = 1u << 2
};

/*
 * Computes standard columns for the vertices of `proj` (a projection of
 * `net`; its vertex v is two-mode vertex v + proj->offset) and appends them
 * to `c` (c->n must be the two-mode vertex count):
 *
 *   population     (SN_COLUMNS_POPULATION, actors only) the population of
 *                  the territory the actor represents in `year` (0: the
 *                  tree's latest), sn_dataset_represented_population();
 *                  missing when it represents none or has no figure.
 *   degree, strength, betweenness, betweenness_w, harmonic, harmonic_w,
 *   eigenvector, pagerank
 *                  (SN_COLUMNS_CENTRALITY) the measures whose registry
 *                  entry is `standard` (sn_measure_info(), centrality.h),
 *                  in registry order and under their registry names, by
 *                  sn_centrality_compute() on the weighted projection:
 *                  degree as a count of ties (an integer column), the
 *                  others normalised.
 *   community      (SN_COLUMNS_COMMUNITIES) Leiden, modularity objective,
 *                  resolution 1, seeded with `seed` (communities.h),
 *                  numbered by sn_community_number(): from 1.
 *
 * Vertices outside the projection get missing values.  Errors: SN_EINVAL
 * when c->n is not the vertex count of `net` or a column name exists; those
 * of the called functions.  Complexity: that of betweenness, O(n m).
 */
sn_error_t sn_columns_add_standard(sn_columns_t *c, const sn_network_t *net,
				   const sn_projection_t *proj, unsigned which, int year,
				   uint64_t seed);

/*
 * Appends a column for each of measures[0..count) (measure.h), in that
 * order and under their registry names, computed as SN_COLUMNS_CENTRALITY
 * computes the standard ones: on the weighted projection `proj` of `net`,
 * degree as a count of ties (an integer column), the others normalised;
 * vertices outside the projection get missing values.  Lets a caller attach
 * only the measures it needs (`samnet export --with pagerank,coreness`).
 * count 0 adds nothing.  Errors: SN_EINVAL when c->n is not the vertex
 * count of `net`, `proj` is missing, a measure is unknown or its column
 * exists; those of sn_centrality_compute().  Complexity: the measures'.
 */
sn_error_t sn_columns_add_measures(sn_columns_t *c, const sn_network_t *net,
				   const sn_projection_t *proj, const sn_measure_t *measures,
				   size_t count);

/* What `--with` names: column sets and measures, in the order given. */
typedef struct {
	unsigned sets;                           /* SN_COLUMNS_* */
	sn_measure_t measures[SN_MEASURE_COUNT]; /* by name, each at most once */
	size_t nmeasures;
} sn_columns_spec_t;

/*
 * Parses a comma-separated list of column sets (population, centrality,
 * communities, all) and measure names (measure.h) into *out.  Errors:
 * SN_EINVAL "unknown column set 'x' (...)", "'x' is listed twice".
 */
sn_error_t sn_columns_spec_parse(sn_columns_spec_t *out, const char *list);

/* True when the columns of `spec` are computed on a projection. */
bool sn_columns_spec_needs_projection(const sn_columns_spec_t *spec);

/*
 * Appends the columns of `spec` in a fixed order: population, the standard
 * centrality set, the named measures, community (sn_columns_add_standard(),
 * sn_columns_add_measures()).  Errors: theirs.
 */
sn_error_t sn_columns_add_spec(sn_columns_t *c, const sn_network_t *net,
			       const sn_projection_t *proj, const sn_columns_spec_t *spec,
			       int year, uint64_t seed);

/* ---- writers ------------------------------------------------------------------ */

typedef enum {
	SN_EXPORT_GRAPHML,            /* GraphML with typed keys */
	SN_EXPORT_GEXF,               /* GEXF 1.3 with typed attributes and positions */
	SN_EXPORT_GML,                /* GML as NetworkX and igraph read it */
	SN_EXPORT_PAJEK,              /* Pajek .net, 1-based vertices, edge weights */
	SN_EXPORT_PAJEK_CLU,          /* Pajek .clu partition of `attribute` */
	SN_EXPORT_PAJEK_VEC,          /* Pajek .vec vector of `attribute` */
	SN_EXPORT_DOT,                /* Graphviz DOT, undirected */
	SN_EXPORT_JSON,               /* node-link JSON (NetworkX node_link_graph, D3) */
	SN_EXPORT_VOSVIEWER_MAP,      /* VOSviewer map file */
	SN_EXPORT_VOSVIEWER_NETWORK,  /* VOSviewer network file */
	SN_EXPORT_CSV_NODES,          /* CSV table of the vertices and their fields */
	SN_EXPORT_CSV_EDGES,          /* CSV table of the edges */
	SN_EXPORT_SVG,                /* a static picture of the network */
	SN_EXPORT_FORMAT_COUNT
} sn_export_format_t;

/*
 * The registry of formats (export/export.c): one entry per name that
 * `samnet export --format` takes, in the order its --help lists them, from
 * which the names, the parsers, the CLI's help and sn_export_write()'s
 * dispatch derive.  An entry writes one file (files[0], the format of
 * sn_export_write()) or a pair of files written together ("csv": node and
 * edge tables; "vosviewer": map and network), each named PREFIX +
 * extension[i].  A new format is an enum value above and an entry there
 * (HACKING.md, "Adding an export format").
 */
typedef struct {
	const char *name;               /* "graphml", "csv" */
	const char *description;        /* one line, for help */
	size_t nfiles;                  /* 1, or 2 for a pair */
	sn_export_format_t files[2];    /* the format of each file */
	const char *extension[2];       /* each file's name ending: ".graphml"; in a pair, what
					   follows PREFIX: "_nodes.csv" */
	bool files_only;                /* a pair whose files cannot follow each other on one
					   stream (VOSviewer reads two files); CSV's can */
} sn_export_format_info_t;

/* The number of registry entries, and entry i (static; NULL when i is out of range).  O(1). */
size_t sn_export_format_count(void);
const sn_export_format_info_t *sn_export_format_at(size_t i);

/*
 * The entry named `name` (one-file formats and pairs) into *out; SN_EINVAL
 * with a message listing every name otherwise.  O(entries).
 */
sn_error_t sn_export_format_find(const char *name, const sn_export_format_info_t **out);

/*
 * The registry name of one-file format f: "graphml", "gexf", "gml",
 * "pajek", "pajek-clu", "pajek-vec", "dot", "json", "vosviewer-map",
 * "vosviewer-network", "csv-nodes", "csv-edges", "svg" (static); "?" when
 * out of range.
 */
const char *sn_export_format_name(sn_export_format_t f);

/* Parses a one-file format name as above; SN_EINVAL with a message listing them. */
sn_error_t sn_export_format_parse(const char *name, sn_export_format_t *out);

typedef struct {
	const sn_network_t *net;       /* required, built */
	const sn_projection_t *proj;   /* the projection to write; NULL: the two-mode graph */
	const sn_columns_t *columns;   /* computed columns; NULL: none */
	const char *attribute;         /* field for Pajek .clu/.vec, VOSviewer's cluster and
					  the SVG's colours; NULL: "community" if present, else
					  "type" (clu, cluster, colour) or "population" (vec) */
	const struct igraph_matrix_t *layout;  /* an igraph_matrix_t [n x 2]: positions of the
					  written vertices; NULL: Fruchterman-Reingold seeded
					  with `seed` when needed */
	uint64_t seed;                 /* for the layout; default 1 */
} sn_export_t;

#define SN_EXPORT_INIT { NULL, NULL, NULL, NULL, NULL, 1 }

/*
 * Writes the graph described by `x` to `fp` in format `f` (see the top of
 * this header for the fields).  Format notes:
 *
 * GraphML: one <key> per field with attr.type int/long/double/string;
 *   node ids are the dataset ids; edges carry weight and the edge fields.
 * GEXF 1.3: <attributes class="node"|"edge"> with types integer/long/
 *   double/string, label = name, explicit weight on every edge (each
 *   undirected pair once), <viz:position> from the layout.
 * GML: node ids 0..n-1, label = dataset id; strings escaped as &#N; for '"'
 *   and '&' (NetworkX's and igraph's convention); missing values left out.
 * Pajek: *Vertices with quoted names, *Edges "i j w" (1-based).  .clu holds
 *   the attribute's values numbered 1.. in order of first appearance (0 for
 *   missing, Pajek's "no class"), .vec reals (0 for missing).
 * DOT: a "graph" with quoted ids, label, weight and every field.
 * JSON: {"directed": false, "multigraph": false, "graph": {...}, "nodes":
 *   [{"id": ...}], "links": [{"source": id, "target": id, "weight": w}]},
 *   missing values left out.
 * VOSviewer: map columns id (1..n), label, description, x, y, cluster
 *   (1..1000 from `attribute` as for .clu, clamped), weight<Links>,
 *   weight<Total link strength>, score<...> per numeric field; network
 *   lines "id1 id2 strength", tab-separated.
 * CSV: RFC 4180 with a header; nodes one row per vertex, edges "source,
 *   target, weight, ..." by dataset id.
 * SVG: a picture at the layout's positions, colour by `attribute`, size by
 *   degree, labels for the largest vertices.
 *
 * Errors: SN_EINVAL for a missing network, an unknown `attribute`, a layout
 * of the wrong size, a projection of another network; SN_EIO when writing
 * to or flushing `fp` fails (on SN_OK all output has been flushed);
 * SN_ENOMEM; the layout's igraph errors.  O(n + m) plus the layout (O(n^2)
 * per Fruchterman-Reingold iteration on small graphs).
 */
sn_error_t sn_export_write(FILE *fp, sn_export_format_t f, const sn_export_t *x);

/* sn_export_write() onto a writer (memory, callback or file; samnet/writer.h). */
sn_error_t sn_export_write_to(sn_writer_t *w, sn_export_format_t f, const sn_export_t *x);

/* ---- the HTML report ---------------------------------------------------------- */

typedef struct {
	const char *title;        /* page title; NULL: "samnet report" */
	const char *dataset_label; /* shown in the summary; NULL: the dataset's path */
	sn_weighting_t weighting; /* of the actor projection; default count */
	int year;                 /* population year; 0: the tree's latest */
	uint64_t seed;            /* layout and communities; default 1 */
} sn_report_options_t;

#define SN_REPORT_OPTIONS_INIT { NULL, NULL, SN_WEIGHT_COUNT, 0, 1 }

/*
 * Writes one self-contained HTML5 page about `net` (inline CSS, JavaScript
 * and data; no external references): a summary of the dataset; an
 * interactive view of the actor projection at Fruchterman-Reingold
 * positions computed here (seeded), with zoom, pan, hover details, search by
 * name, colour by type, county or community and size by a measure; sortable
 * tables of per-actor centralities (sn_columns_add_standard()), of the
 * Leiden communities with their represented population share, and of the
 * named coalitions with population share and strength share; SVG charts of
 * the degree distribution and of population share against strength share
 * for the coalitions and the regions; when projects have dates, a timeline
 * of yearly slices (samnet/dynamics.h: actors, projects, ties, ties kept,
 * communities per year, chart and table).  `opts` may be NULL.
 *
 * Errors: those of sn_projection_build(), sn_columns_add_standard() and
 * the layout; SN_EIO when writing or flushing fails; SN_ENOMEM.  Complexity: that of
 * betweenness on the projection plus the layout.
 */
sn_error_t sn_report_write(FILE *fp, const sn_network_t *net, const sn_report_options_t *opts);

/* sn_report_write() onto a writer (samnet/writer.h). */
sn_error_t sn_report_write_to(sn_writer_t *w, const sn_network_t *net,
			      const sn_report_options_t *opts);

#ifdef __cplusplus
}
#endif
#endif
