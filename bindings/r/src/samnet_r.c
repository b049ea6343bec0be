/*
 * The .Call glue of the samnet R package: each entry point calls libsamnet
 * and turns the result document (samnet/doc.h) into a named list of
 * data.frames with one generic converter.  No analysis happens here.
 *
 * Errors: a failing library call becomes an R error carrying
 * sn_error_last() unchanged.  Every C resource is owned by an external
 * pointer with a finalizer before anything can raise an R error, so a
 * longjmp out of this file leaks nothing.
 */
#include <limits.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define R_NO_REMAP
#include <R.h>
#include <R_ext/Rdynload.h>
#include <Rinternals.h>

#include <samnet.h>

/* ---- errors ----------------------------------------------------------------- */

/* Raises an R error with the library's message (copied: R's error may outlive it). */
static void NORET fail(void)
{
	char msg[1024];
	const char *last = sn_error_last();

	snprintf(msg, sizeof msg, "%s", last && last[0] ? last : "samnet: unknown error");
	Rf_error("%s", msg);
}

static void check(sn_error_t err)
{
	if (err != SN_OK)
		fail();
}

/* ---- resources held by external pointers ---------------------------------- */

/* A loaded dataset and its two-mode network, built once and reused by every call. */
typedef struct {
	sn_dataset_t *ds;
	sn_network_t *net;
	int year;
} handle_t;

static void handle_finalize(SEXP ptr)
{
	handle_t *h = R_ExternalPtrAddr(ptr);

	if (!h)
		return;
	sn_network_free(h->net);
	sn_dataset_free(h->ds);
	free(h);
	R_ClearExternalPtr(ptr);
}

static handle_t *handle_of(SEXP ptr)
{
	handle_t *h = TYPEOF(ptr) == EXTPTRSXP ? R_ExternalPtrAddr(ptr) : NULL;

	if (!h)
		Rf_error("not a loaded samnet dataset (a saved or restored handle is empty: "
			 "call load_dataset() again)");
	return h;
}

/*
 * The other resources of one call sit in an "arena", a protected list of external
 * pointers whose finalizer frees them by kind: at the end of the call (release_all())
 * or, after an R error, at the next garbage collection.
 */
typedef enum { RES_DOC, RES_BLOCK, RES_PROJECTION, RES_WRITER } res_t;
#define ARENA_SIZE 8

static void resource_free(SEXP ptr)
{
	void *p = R_ExternalPtrAddr(ptr);

	if (!p)
		return;
	switch ((res_t)INTEGER(R_ExternalPtrTag(ptr))[0]) {
	case RES_DOC: sn_doc_free(p); break;
	case RES_BLOCK: free(p); break;
	case RES_PROJECTION: sn_projection_free(p); break;
	case RES_WRITER: sn_writer_free(p); break;
	}
	R_ClearExternalPtr(ptr);
}

/* A new arena; the caller unprotects it (one PROTECT). */
static SEXP arena_new(void)
{
	return PROTECT(Rf_allocVector(VECSXP, ARENA_SIZE));
}

/* Puts `p` of kind `kind` in the arena and returns it. */
static void *hold(SEXP arena, res_t kind, void *p)
{
	R_xlen_t slot = 0;

	while (slot < ARENA_SIZE && VECTOR_ELT(arena, slot) != R_NilValue)
		slot++;
	if (slot == ARENA_SIZE)
		Rf_error("samnet: internal error: too many resources in one call");
	SEXP ptr = PROTECT(R_MakeExternalPtr(p, PROTECT(Rf_ScalarInteger(kind)), R_NilValue));
	R_RegisterCFinalizerEx(ptr, resource_free, TRUE);
	SET_VECTOR_ELT(arena, slot, ptr);
	UNPROTECT(2);
	return p;
}

/* Frees everything the arena holds now rather than at the next garbage collection. */
static void release_all(SEXP arena)
{
	for (R_xlen_t slot = 0; slot < ARENA_SIZE; slot++)
		if (VECTOR_ELT(arena, slot) != R_NilValue)
			resource_free(VECTOR_ELT(arena, slot));
}

static void *alloc_or_fail(size_t size)
{
	void *p = calloc(1, size ? size : 1);

	if (!p)
		Rf_error("out of memory");
	return p;
}

/* ---- arguments ------------------------------------------------------------- */

/* A single string argument, or NULL for R's NULL or NA. */
static const char *opt_string(SEXP x, const char *what)
{
	if (Rf_isNull(x))
		return NULL;
	if (!Rf_isString(x) || XLENGTH(x) != 1)
		Rf_error("%s must be a single string", what);
	if (STRING_ELT(x, 0) == NA_STRING)
		return NULL;
	return Rf_translateCharUTF8(STRING_ELT(x, 0));
}

static const char *req_string(SEXP x, const char *what)
{
	const char *s = opt_string(x, what);

	if (!s)
		Rf_error("%s must be a single string, not NULL or NA", what);
	return s;
}

static bool req_flag(SEXP x, const char *what)
{
	if (!Rf_isLogical(x) || XLENGTH(x) != 1 || LOGICAL(x)[0] == NA_LOGICAL)
		Rf_error("%s must be TRUE or FALSE", what);
	return LOGICAL(x)[0] != 0;
}

/* ---- documents to data frames ------------------------------------------------ */

/* What R vector a column becomes. */
typedef enum { COL_INT, COL_REAL, COL_STR } rcol_t;

/*
 * A text column stays text; a number column is integer when every cell is a whole number
 * R's integers hold, double when one is real or wider; a cell of text makes it text.  An
 * empty or all-missing column takes its declared type (sn_doc_table_coltype()).
 */
static rcol_t column_kind(const sn_doc_table_t *t, size_t col)
{
	bool real = false, str = false, wide = false;
	sn_coltype_t declared = SN_COL_STR;
	double d;
	int64_t i;
	const char *s;

	check(sn_doc_table_coltype(t, col, &declared));
	if (declared == SN_COL_STR)
		return COL_STR;
	for (size_t r = 0; r < sn_doc_table_nrows(t); r++) {
		if (sn_doc_table_get_int(t, r, col, &i) == SN_OK)
			wide |= i <= INT_MIN || i > INT_MAX;   /* INT_MIN is R's NA_integer_ */
		else if (sn_doc_table_get_real(t, r, col, &d) == SN_OK)
			real = true;
		else if (sn_doc_table_get_str(t, r, col, &s) == SN_OK)
			str = true;
	}
	sn_error_clear();   /* the probes above set messages for cells of other kinds */
	if (str)
		return COL_STR;
	return real || wide || declared != SN_COL_INT ? COL_REAL : COL_INT;
}

/* Cell (r, col) as text for a text column; numbers as R would print them in full. */
static SEXP cell_text(const sn_doc_table_t *t, size_t r, size_t col)
{
	char buf[64];
	double d;
	int64_t i;
	const char *s;

	if (sn_doc_table_get_str(t, r, col, &s) == SN_OK)
		return Rf_mkCharCE(s, CE_UTF8);
	if (sn_doc_table_get_int(t, r, col, &i) == SN_OK) {
		snprintf(buf, sizeof buf, "%lld", (long long)i);
		return Rf_mkChar(buf);
	}
	if (sn_doc_table_get_real(t, r, col, &d) == SN_OK) {
		snprintf(buf, sizeof buf, "%.17g", d);
		return Rf_mkChar(buf);
	}
	return NA_STRING;
}

static SEXP column_vector(const sn_doc_table_t *t, size_t col)
{
	size_t n = sn_doc_table_nrows(t);
	rcol_t kind = column_kind(t, col);
	SEXP v;
	double d;
	int64_t i;

	switch (kind) {
	case COL_STR:
		v = PROTECT(Rf_allocVector(STRSXP, (R_xlen_t)n));
		for (size_t r = 0; r < n; r++)
			SET_STRING_ELT(v, (R_xlen_t)r, cell_text(t, r, col));
		break;
	case COL_INT:
		v = PROTECT(Rf_allocVector(INTSXP, (R_xlen_t)n));
		for (size_t r = 0; r < n; r++)
			INTEGER(v)[r] = sn_doc_table_get_int(t, r, col, &i) == SN_OK ? (int)i : NA_INTEGER;
		break;
	default:   /* COL_REAL */
		v = PROTECT(Rf_allocVector(REALSXP, (R_xlen_t)n));
		for (size_t r = 0; r < n; r++)
			REAL(v)[r] = sn_doc_table_get_real(t, r, col, &d) == SN_OK ? d
				     : sn_doc_table_get_int(t, r, col, &i) == SN_OK ? (double)i : NA_REAL;
		break;
	}
	sn_error_clear();
	UNPROTECT(1);
	return v;
}

/* One table as a data.frame: a column per table column, row names 1..n. */
static SEXP table_frame(const sn_doc_table_t *t)
{
	size_t ncols = sn_doc_table_ncols(t);
	SEXP df = PROTECT(Rf_allocVector(VECSXP, (R_xlen_t)ncols));
	SEXP names = PROTECT(Rf_allocVector(STRSXP, (R_xlen_t)ncols));
	SEXP rownames = PROTECT(Rf_allocVector(INTSXP, 2));

	for (size_t c = 0; c < ncols; c++) {
		SET_VECTOR_ELT(df, (R_xlen_t)c, column_vector(t, c));
		SET_STRING_ELT(names, (R_xlen_t)c, Rf_mkCharCE(sn_doc_table_colname(t, c), CE_UTF8));
	}
	INTEGER(rownames)[0] = NA_INTEGER;   /* R's compact form of 1..n */
	INTEGER(rownames)[1] = -(int)sn_doc_table_nrows(t);
	Rf_setAttrib(df, R_NamesSymbol, names);
	Rf_setAttrib(df, R_RowNamesSymbol, rownames);
	Rf_setAttrib(df, R_ClassSymbol, Rf_mkString("data.frame"));
	UNPROTECT(3);
	return df;
}

/* Every table of a document as a list of data.frames named by the tables' names. */
static SEXP doc_frames(const sn_doc_t *doc)
{
	size_t n = sn_doc_ntables(doc);
	SEXP list = PROTECT(Rf_allocVector(VECSXP, (R_xlen_t)n));
	SEXP names = PROTECT(Rf_allocVector(STRSXP, (R_xlen_t)n));

	for (size_t i = 0; i < n; i++) {
		const sn_doc_table_t *t = sn_doc_table_at(doc, i);
		SET_VECTOR_ELT(list, (R_xlen_t)i, table_frame(t));
		SET_STRING_ELT(names, (R_xlen_t)i, Rf_mkCharCE(sn_doc_table_name(t), CE_UTF8));
	}
	Rf_setAttrib(list, R_NamesSymbol, names);
	UNPROTECT(2);
	return list;
}

/* A new document of `command`, held by the arena. */
static sn_doc_t *new_doc(SEXP arena, const char *command)
{
	sn_doc_t *doc = NULL;

	check(sn_doc_new(&doc, command));
	return hold(arena, RES_DOC, doc);
}

/* The frames of `doc`; frees the arena's resources and unprotects it. */
static SEXP finish(SEXP arena, const sn_doc_t *doc)
{
	SEXP out = PROTECT(doc_frames(doc));

	release_all(arena);
	UNPROTECT(2);
	return out;
}

/* ---- entry points ----------------------------------------------------------- */

/* load_dataset(path): the dataset in folder `path` (NULL: the bundled one) and its network. */
static SEXP rsn_load(SEXP path)
{
	const char *dir = opt_string(path, "path");
	handle_t *h = alloc_or_fail(sizeof *h);
	SEXP ptr = PROTECT(R_MakeExternalPtr(h, R_NilValue, R_NilValue));
	char *errors = NULL;
	sn_error_t err;
	SEXP msg;

	R_RegisterCFinalizerEx(ptr, handle_finalize, TRUE);
	err = sn_dataset_open(&h->ds, dir, &errors);
	for (size_t len = errors ? strlen(errors) : 0; len > 0 && errors[len - 1] == '\n'; len--)
		errors[len - 1] = '\0';   /* one line per diagnostic, without the last line break */
	msg = PROTECT(errors && errors[0] ? Rf_mkCharCE(errors, CE_UTF8) : R_NilValue);
	free(errors);
	if (err != SN_OK) {
		/* The diagnostics name file, line and column; the message alone may not. */
		if (msg != R_NilValue)
			Rf_error("%s", Rf_translateChar(msg));
		fail();
	}
	if (msg != R_NilValue)
		Rf_warning("%s", Rf_translateChar(msg));
	check(sn_network_new(&h->net, h->ds, NULL));
	h->year = sn_dataset_default_year(h->ds);
	UNPROTECT(2);
	return ptr;
}

/* The dataset's tables: actors, projects, memberships, territories (sn_dataset_doc()). */
static SEXP rsn_tables(SEXP ptr)
{
	handle_t *h = handle_of(ptr);
	SEXP arena = arena_new();
	sn_doc_t *doc = new_doc(arena, "dataset");

	check(sn_dataset_doc(doc, h->ds));
	return finish(arena, doc);
}

/* The population year the analyses use (sn_dataset_default_year()). */
static SEXP rsn_year(SEXP ptr)
{
	return Rf_ScalarInteger(handle_of(ptr)->year);
}

/* The frames of `doc` after the library call that filled it returned `err`. */
static SEXP frames_of(SEXP arena, const sn_doc_t *doc, sn_error_t err)
{
	check(err);
	return finish(arena, doc);
}

/* Table `name` of a list of frames (R_NilValue when absent). */
static SEXP frame_named(SEXP frames, const char *name)
{
	SEXP names = Rf_getAttrib(frames, R_NamesSymbol);

	for (R_xlen_t i = 0; i < XLENGTH(frames); i++)
		if (strcmp(CHAR(STRING_ELT(names, i)), name) == 0)
			return VECTOR_ELT(frames, i);
	return R_NilValue;
}

/* A character vector as one comma-separated text held by the arena ("--measures"). */
static const char *joined(SEXP arena, SEXP x, const char *what)
{
	size_t len = 1;
	char *out;

	if (!Rf_isString(x) || XLENGTH(x) == 0)
		Rf_error("%s must be a non-empty character vector", what);
	for (R_xlen_t i = 0; i < XLENGTH(x); i++) {
		if (STRING_ELT(x, i) == NA_STRING)
			Rf_error("%s must not hold NA", what);
		len += strlen(Rf_translateCharUTF8(STRING_ELT(x, i))) + 1;
	}
	out = hold(arena, RES_BLOCK, alloc_or_fail(len));
	for (R_xlen_t i = 0; i < XLENGTH(x); i++) {
		if (i > 0)
			strcat(out, ",");
		strcat(out, Rf_translateCharUTF8(STRING_ELT(x, i)));
	}
	return out;
}

/*
 * centrality(ds, measures, projection, normalized): the table of `samnet centrality`
 * (sn_centrality_doc()), ranked by the first measure.
 */
static SEXP rsn_centrality(SEXP ptr, SEXP measures, SEXP projection, SEXP normalized)
{
	handle_t *h = handle_of(ptr);
	sn_centrality_doc_options_t o;
	SEXP arena;
	sn_doc_t *doc;

	sn_centrality_doc_options_init(&o);
	o.normalized = req_flag(normalized, "normalized");
	check(sn_weighting_parse(req_string(projection, "projection"), &o.weighting));
	arena = arena_new();
	o.measures = joined(arena, measures, "measures");
	doc = new_doc(arena, "centrality");
	return frame_named(frames_of(arena, doc, sn_centrality_doc(doc, h->ds, h->net, h->year, &o)),
			   "centrality");
}

/* A whole number from 0 to 2^53 (a seed), from an R number. */
static uint64_t req_seed(SEXP seed)
{
	double d = Rf_isNumeric(seed) && XLENGTH(seed) == 1 ? Rf_asReal(seed) : -1;

	if (!(d >= 0 && d <= 9007199254740992.0 && d == (double)(uint64_t)d))
		Rf_error("seed must be a whole number from 0 to 2^53");
	return (uint64_t)d;
}

/*
 * communities(ds, projection, seed, method, resolution): the table "actors" of `samnet
 * communities --algorithm METHOD --resolution R` (sn_communities_doc()), communities
 * numbered from 1 by size.
 */
static SEXP rsn_communities(SEXP ptr, SEXP projection, SEXP seed, SEXP method, SEXP resolution)
{
	handle_t *h = handle_of(ptr);
	sn_communities_doc_options_t o;
	SEXP arena;
	sn_doc_t *doc;

	sn_communities_doc_options_init(&o);
	o.projection = req_string(projection, "projection");
	o.algorithm = req_string(method, "method");
	o.seed = req_seed(seed);
	if (!Rf_isNumeric(resolution) || XLENGTH(resolution) != 1 || ISNAN(Rf_asReal(resolution)))
		Rf_error("resolution must be a single number");
	o.resolution = Rf_asReal(resolution);
	o.compare = "none";   /* the comparison table is not returned */
	arena = arena_new();
	doc = new_doc(arena, "communities");
	return frame_named(frames_of(arena, doc, sn_communities_doc(doc, h->ds, h->net, h->year, &o)),
			   "actors");
}

/*
 * coalition(ds, name): the tables of `samnet coalition -c NAME` (sn_coalition_doc()): the
 * population it represents in the default year and its share against its shares of PageRank
 * and strength on the count-weighted actor projection, its members and shared projects.
 */
static SEXP rsn_coalition(SEXP ptr, SEXP name)
{
	handle_t *h = handle_of(ptr);
	sn_coalition_doc_options_t o;
	SEXP arena;
	sn_doc_t *doc;

	sn_coalition_doc_options_init(&o);
	o.coalition = req_string(name, "coalition");
	arena = arena_new();
	doc = new_doc(arena, "coalition");
	return frames_of(arena, doc, sn_coalition_doc(doc, h->ds, h->net, h->year, &o));
}

/*
 * power(ds, players, rule, quota, weight, indices, method, seed): the table of `samnet
 * power` (sn_power_doc()) for the players a selector names, in the game of a rule or of a
 * quota.
 */
static SEXP rsn_power(SEXP ptr, SEXP players, SEXP rule, SEXP quota, SEXP weight, SEXP indices,
		      SEXP method, SEXP seed)
{
	handle_t *h = handle_of(ptr);
	sn_power_doc_options_t o;
	SEXP arena;
	sn_doc_t *doc;

	sn_power_doc_options_init(&o);
	o.players = opt_string(players, "players");
	o.rule = opt_string(rule, "rule");
	o.quota = opt_string(quota, "quota");
	o.weight = opt_string(weight, "weight");
	o.indices = opt_string(indices, "indices");
	o.method = opt_string(method, "method");
	if (o.rule && o.quota)
		Rf_error("give either rule or quota, not both");
	o.seed = req_seed(seed);
	arena = arena_new();
	doc = new_doc(arena, "power");
	return frame_named(frames_of(arena, doc, sn_power_doc(doc, h->ds, h->net, h->year, &o)),
			   "power");
}

/* The text a writer holds, as one R string. */
static SEXP writer_text(sn_writer_t *w)
{
	size_t len;
	const char *data = sn_writer_data(w, &len);

	if (len > INT_MAX)
		Rf_error("the exported network is too large for one R string");
	return Rf_ScalarString(Rf_mkCharLenCE(data ? data : "", (int)len, CE_UTF8));
}

/*
 * The actor projection with weighting `projection` as two CSV texts, nodes and edges
 * (sn_export_write_to(): ids, names, types, weights), for as_igraph().
 */
static SEXP rsn_projection_csv(SEXP ptr, SEXP projection)
{
	handle_t *h = handle_of(ptr);
	SEXP arena = arena_new();
	sn_weighting_t w;
	sn_projection_t *proj = NULL;
	sn_export_t x = SN_EXPORT_INIT;
	sn_writer_t *nodes = NULL, *edges = NULL;

	check(sn_weighting_parse(req_string(projection, "projection"), &w));
	check(sn_projection_new(&proj, h->net, SN_MODE_ACTORS, w, 0));
	hold(arena, RES_PROJECTION, proj);
	check(sn_writer_memory(&nodes));
	hold(arena, RES_WRITER, nodes);
	check(sn_writer_memory(&edges));
	hold(arena, RES_WRITER, edges);
	x.net = h->net;
	x.proj = proj;
	check(sn_export_write_to(nodes, SN_EXPORT_CSV_NODES, &x));
	check(sn_export_write_to(edges, SN_EXPORT_CSV_EDGES, &x));
	SEXP out = PROTECT(Rf_allocVector(VECSXP, 2));
	SEXP names = PROTECT(Rf_allocVector(STRSXP, 2));
	SET_VECTOR_ELT(out, 0, writer_text(nodes));
	SET_VECTOR_ELT(out, 1, writer_text(edges));
	SET_STRING_ELT(names, 0, Rf_mkChar("nodes"));
	SET_STRING_ELT(names, 1, Rf_mkChar("edges"));
	Rf_setAttrib(out, R_NamesSymbol, names);
	release_all(arena);
	UNPROTECT(3);
	return out;
}

/* ---- registration -------------------------------------------------------------- */

/* Through void (*)(void), the function type that -Wcast-function-type lets stand for any. */
#define CALLDEF(name, nargs) { #name, (DL_FUNC)(void (*)(void))&name, nargs }

static const R_CallMethodDef call_methods[] = {
	CALLDEF(rsn_load, 1),
	CALLDEF(rsn_tables, 1),
	CALLDEF(rsn_year, 1),
	CALLDEF(rsn_centrality, 4),
	CALLDEF(rsn_coalition, 2),
	CALLDEF(rsn_communities, 5),
	CALLDEF(rsn_power, 8),
	CALLDEF(rsn_projection_csv, 2),
	{ NULL, NULL, 0 }
};

void R_init_samnet(DllInfo *dll);
void R_unload_samnet(DllInfo *dll);

void R_init_samnet(DllInfo *dll)
{
	/* igraph and GSL errors become samnet error codes instead of aborting R. */
	sn_setup();
	R_registerRoutines(dll, NULL, call_methods, NULL, NULL);
	R_useDynamicSymbols(dll, FALSE);
	R_forceSymbols(dll, TRUE);
}

void R_unload_samnet(DllInfo *dll)
{
	sn_teardown();
}
