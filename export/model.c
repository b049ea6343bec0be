/*
 * export/model.c: the exported graph as flat, typed tables (export/model.h).
 * Every writer reads these tables, so that the fields, their types and the
 * missing values are the same in every format.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "export/model.h"
#include "base/projection_private.h"
#include "base/rows.h"
#include "samnet/table.h"

static const char *const reserved[] = {
	"id", "name", "label", "kind", "bipartite", "type", "territory", "county", "weight",
	"x", "y", NULL
};

static sn_error_t nomem(void)
{
	return sn_error_set(SN_ENOMEM, "out of memory");
}

/* Takes ownership of `s` (NULL: out of memory) and keeps it in the pool. */
static const char *pool_keep(sn__xgraph_t *g, char *s)
{
	if (!s)
		return NULL;
	if (g->npool == g->pool_cap) {
		size_t cap = g->pool_cap ? 2 * g->pool_cap : 16;
		char **p = realloc(g->pool, cap * sizeof *p);
		if (!p) {
			free(s);
			return NULL;
		}
		g->pool = p;
		g->pool_cap = cap;
	}
	g->pool[g->npool++] = s;
	return s;
}

static const char *pool_concat(sn__xgraph_t *g, const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	char *s = malloc(la + lb + 1);

	if (s) {
		memcpy(s, a, la);
		memcpy(s + la, b, lb + 1);
	}
	return pool_keep(g, s);
}

bool sn__field_has(const sn__field_t *f, size_t i)
{
	switch (f->type) {
	case SN__VAL_INT:
		return sn__field_int(f, i) != INT64_MIN;
	case SN__VAL_REAL:
		return isfinite(f->reals[i]);
	default:
		return f->strings[i] != NULL;
	}
}

/* A new field of `n` missing values appended to *fields. */
static sn__field_t *field_add(sn__field_t **fields, size_t *count, const char *name,
			      sn__valtype_t type, size_t n)
{
	sn__field_t *p = realloc(*fields, (*count + 1) * sizeof *p), *f;

	if (!p)
		return NULL;
	*fields = p;
	f = &p[*count];
	memset(f, 0, sizeof *f);
	f->name = name;
	f->type = type;
	if (type == SN__VAL_INT && (f->ints = malloc((n + 1) * sizeof *f->ints)))
		for (size_t i = 0; i < n; i++)
			f->ints[i] = INT64_MIN;
	if (type == SN__VAL_REAL && (f->reals = malloc((n + 1) * sizeof *f->reals)))
		for (size_t i = 0; i < n; i++)
			f->reals[i] = NAN;
	if (type == SN__VAL_STRING)
		f->strings = calloc(n + 1, sizeof *f->strings);
	if (!f->ints && !f->reals && !f->strings)
		return NULL;
	(*count)++;
	return f;
}

static void fields_free(sn__field_t *fields, size_t count)
{
	for (size_t i = 0; i < count; i++) {
		free(fields[i].ints);
		free(fields[i].reals);
		free(fields[i].strings);
	}
	free(fields);
}

/* An integer as a person writes it, without a leading zero ("0114" is a code, not 114). */
static bool parse_int(const char *s, int64_t *out)
{
	while (*s == ' ')
		s++;
	const char *d = (*s == '-' || *s == '+') ? s + 1 : s;
	if (d[0] == '0' && d[1] >= '0' && d[1] <= '9')
		return false;
	return sn_parse_int64(s, out) == SN_OK;
}

static bool parse_real(const char *s, double *out)
{
	while (*s == ' ')
		s++;
	const char *d = (*s == '-' || *s == '+') ? s + 1 : s;
	if (d[0] == '0' && d[1] >= '0' && d[1] <= '9')
		return false;
	return sn_parse_double(s, out) == SN_OK && isfinite(*out);
}

/* The type of attribute column `col`: int, real or string (see export.h). */
static sn__valtype_t infer_type(const sn_attrs_t *a, size_t col)
{
	bool all_int = true, all_real = true, any = false;

	for (size_t r = 0; r < a->nrows && (all_int || all_real); r++) {
		const char *s = sn_attrs_get(a, r, col);
		int64_t i;
		double d;
		if (!*s)
			continue;
		any = true;
		all_int = all_int && parse_int(s, &i);
		all_real = all_real && parse_real(s, &d);
	}
	if (!any)
		return SN__VAL_STRING;
	return all_int ? SN__VAL_INT : all_real ? SN__VAL_REAL : SN__VAL_STRING;
}

static bool name_taken(const sn__xgraph_t *g, const sn_columns_t *cols, const char *name)
{
	for (size_t i = 0; reserved[i]; i++)
		if (strcmp(reserved[i], name) == 0)
			return true;
	for (size_t i = 0; cols && i < cols->count; i++)
		if (strcmp(cols->items[i].name, name) == 0)
			return true;
	for (size_t i = 0; i < g->nvf; i++)
		if (strcmp(g->vf[i].name, name) == 0)
			return true;
	return false;
}

/*
 * Adds the columns of attribute table `a` as fields; `row_of(v)` gives the
 * table row of exported vertex i, or SN_NO_PARENT.
 */
static sn_error_t add_attrs(sn__xgraph_t *g, const sn_attrs_t *a, const size_t *rows,
			    const char *prefix, const sn_columns_t *cols)
{
	bool any = false;

	/* An actor projection has no use for the project columns, and the reverse. */
	for (size_t i = 0; i < g->nv && !any; i++)
		any = rows[i] != SN_NO_PARENT;
	for (size_t c = 0; any && c < a->ncols; c++) {
		const char *name = a->names[c];
		sn__valtype_t type = infer_type(a, c);
		sn__field_t *f;

		if (name_taken(g, cols, name) && !(name = pool_concat(g, prefix, name)))
			return nomem();
		if (name_taken(g, cols, name))
			return sn_error_set(SN_EDATA, "two attributes would both be named '%s'", name);
		if (!(f = field_add(&g->vf, &g->nvf, name, type, g->nv)))
			return nomem();
		for (size_t i = 0; i < g->nv; i++) {
			const char *s = rows[i] == SN_NO_PARENT ? "" : sn_attrs_get(a, rows[i], c);
			if (!*s)
				continue;
			if (type == SN__VAL_INT)
				parse_int(s, &f->ints[i]);
			else if (type == SN__VAL_REAL)
				parse_real(s, &f->reals[i]);
			else
				f->strings[i] = s;
		}
	}
	return SN_OK;
}

static sn_error_t add_columns(sn__xgraph_t *g, const sn_columns_t *cols)
{
	static const sn__valtype_t map[] = { SN__VAL_INT, SN__VAL_REAL, SN__VAL_STRING };

	for (size_t c = 0; cols && c < cols->count; c++) {
		const sn_column_t *col = &cols->items[c];
		sn__field_t *f = field_add(&g->vf, &g->nvf, col->name, map[col->type], g->nv);
		if (!f)
			return nomem();
		for (size_t i = 0; i < g->nv; i++) {
			size_t v = g->vertex[i];
			if (col->type == SN_COLUMN_INT)
				f->ints[i] = col->ints[v];
			else if (col->type == SN_COLUMN_REAL)
				f->reals[i] = isfinite(col->reals[v]) ? col->reals[v] : NAN;
			else
				f->strings[i] = col->strings[v];
		}
	}
	return SN_OK;
}

/*
 * The id of a vertex in the two-mode graph (the scheme in samnet/export.h):
 * an id without ':' stays as it is unless it is a project's and an actor has
 * it too; any other id gets the prefix of its kind, "actor:" or "project:".
 * NULL when out of memory.
 */
static const char *two_mode_id(sn__xgraph_t *g, const sn_dataset_t *ds, const char *id,
			       bool actor)
{
	if (!strchr(id, ':') && (actor || sn_dataset_find_actor(ds, id) == SN_NO_PARENT))
		return id;
	return pool_concat(g, actor ? "actor:" : "project:", id);
}

/* id, name, kind, bipartite, type, territory, county. */
static sn_error_t add_identity(sn__xgraph_t *g, const sn_network_t *net)
{
	const sn_dataset_t *ds = net->dataset;
	const sn_territories_t *t = ds->territories;
	sn__field_t *f[6];
	const char *names[6] = { "name", "kind", "bipartite", "type", "territory", "county" };

	size_t first = g->nvf;

	for (int k = 0; k < 6; k++)
		if (!field_add(&g->vf, &g->nvf, names[k], k == 2 ? SN__VAL_INT : SN__VAL_STRING, g->nv))
			return nomem();
	/* Only now: field_add() may move the array. */
	for (int k = 0; k < 6; k++)
		f[k] = &g->vf[first + (size_t)k];
	for (size_t i = 0; i < g->nv; i++) {
		size_t v = g->vertex[i];
		bool actor = v < net->nactors;
		g->label[i] = sn_network_vertex_name(net, (igraph_integer_t)v);
		g->id[i] = sn_network_vertex_id(net, (igraph_integer_t)v);
		if (g->two_mode && !(g->id[i] = two_mode_id(g, ds, g->id[i], actor)))
			return nomem();
		f[0]->strings[i] = g->label[i];
		f[1]->strings[i] = actor ? "actor" : "project";
		f[2]->ints[i] = actor ? 0 : 1;
		f[3]->strings[i] = actor ? sn_actor_type_name(ds->actors[net->actor_index[v]].type)
					 : "project";
		if (!actor)
			continue;
		size_t a = net->actor_index[v], ter = ds->actors[a].territory;
		size_t county = sn_dataset_actor_county(ds, a);
		if (ter != SN_NO_PARENT)
			f[4]->strings[i] = t->code[ter];
		if (county != SN_NO_PARENT)
			f[5]->strings[i] = t->name[county];
	}
	return SN_OK;
}

static const char *roles_text(sn__xgraph_t *g, unsigned roles)
{
	char buf[128] = "";

	for (unsigned b = 0; b < SN_ROLE_COUNT; b++) {
		if (!(roles & (1u << b)))
			continue;
		if (*buf)
			strcat(buf, ";");
		strcat(buf, sn_role_name(b));
	}
	return pool_keep(g, strdup(buf));
}

/* The first entry of row v above v (rows ascend). */
static igraph_integer_t first_above(const adj_rows_t *r, igraph_integer_t v)
{
	igraph_integer_t lo = r->off[v], hi = r->off[v + 1];

	while (lo < hi) {
		igraph_integer_t mid = lo + (hi - lo) / 2;
		if (r->adj[mid] > v)
			hi = mid;
		else
			lo = mid + 1;
	}
	return lo;
}

/* The last tie asked for on this thread, to walk the ties in order in O(1) each. */
static _Thread_local struct {
	uint64_t serial;
	size_t e;
	igraph_integer_t v, k;
} last;

void sn__xgraph_locate(const sn__xgraph_t *g, size_t e, igraph_integer_t *v, igraph_integer_t *k)
{
	const adj_rows_t *r = g->rows;

	if (last.serial == g->serial && last.e == e) {
		/* the same tie */
	} else if (last.serial == g->serial && last.e + 1 == e &&
		   last.k + 1 < r->off[last.v + 1]) {
		last.k++;
	} else {
		/* The row of e: the last v with tie_start[v] <= e. */
		igraph_integer_t lo = 0, hi = (igraph_integer_t)g->nv - 1;
		while (lo < hi) {
			igraph_integer_t mid = lo + (hi - lo + 1) / 2;
			if ((size_t)g->tie_start[mid] <= e)
				lo = mid;
			else
				hi = mid - 1;
		}
		/* Rows without ties above share a start: the one that has them is the last. */
		last.v = lo;
		last.k = first_above(r, lo) + ((igraph_integer_t)e - g->tie_start[lo]);
	}
	last.serial = g->serial;
	last.e = e;
	*v = last.v;
	*k = last.k;
}

int32_t sn__xgraph_src(const sn__xgraph_t *g, size_t e)
{
	igraph_integer_t v, k;

	if (g->src)
		return g->src[e];
	sn__xgraph_locate(g, e, &v, &k);
	return (int32_t)v;
}

int32_t sn__xgraph_dst(const sn__xgraph_t *g, size_t e)
{
	igraph_integer_t v, k;

	if (g->dst)
		return g->dst[e];
	sn__xgraph_locate(g, e, &v, &k);
	return g->rows->adj[k];
}

double sn__xgraph_weight(const sn__xgraph_t *g, size_t e)
{
	igraph_integer_t v, k;

	if (g->weight)
		return g->weight[e];
	sn__xgraph_locate(g, e, &v, &k);
	return sn__adj_rows_weight(g->rows, k);
}

/*
 * A projection's ties are its rows, read in place (sn__xgraph_src() and
 * the others); its shared counts are its own vector, or under count
 * weighting the weights.
 */
static sn_error_t add_projection_edges(sn__xgraph_t *g, const sn_projection_t *p)
{
	static uint64_t serials;
	const adj_rows_t *r = sn__projection_rows(p);
	igraph_integer_t n = sn_projection_vcount(p);
	const igraph_vector_t *counts = NULL;
	sn__field_t *shared;
	sn_error_t err;

	if (p->weighting != SN_WEIGHT_COUNT && (err = sn_projection_shared(p, &counts)))
		return err;
	g->ne = (size_t)sn_projection_ecount(p);
	g->rows = r;
	g->serial = __atomic_add_fetch(&serials, 1, __ATOMIC_RELAXED);
	if (!(g->tie_start = malloc(((size_t)n + 1) * sizeof *g->tie_start)) ||
	    !(shared = field_add(&g->ef, &g->nef, "shared", SN__VAL_INT, 0)))
		return nomem();
	free(shared->ints);
	shared->ints = NULL;
	shared->counts = counts ? VECTOR(*counts) : NULL;
	shared->weights_of = counts ? NULL : g;
	g->tie_start[0] = 0;
	for (igraph_integer_t v = 0; v < n; v++)
		g->tie_start[v + 1] = g->tie_start[v] + (r->off[v + 1] - first_above(r, v));
	return SN_OK;
}

/* The two-mode network's ties: actor, project, weight 1, roles and amount. */
static sn_error_t add_edges(sn__xgraph_t *g, const sn_network_t *net)
{
	const igraph_t *graph = &net->graph;
	int32_t *src, *dst;
	double *weight;
	sn__field_t *roles, *amount;

	g->ne = (size_t)igraph_ecount(graph);
	g->src = src = malloc((g->ne + 1) * sizeof *src);
	g->dst = dst = malloc((g->ne + 1) * sizeof *dst);
	g->weight = weight = malloc((g->ne + 1) * sizeof *weight);
	if (!src || !dst || !weight ||
	    !field_add(&g->ef, &g->nef, "roles", SN__VAL_STRING, g->ne) ||
	    !field_add(&g->ef, &g->nef, "amount_sek", SN__VAL_REAL, g->ne))
		return nomem();
	roles = &g->ef[g->nef - 2];
	amount = &g->ef[g->nef - 1];
	for (size_t e = 0; e < g->ne; e++) {
		const sn_membership_t *m = &net->dataset->memberships[net->membership_of_edge[e]];

		igraph_integer_t a = IGRAPH_FROM(graph, e), b = IGRAPH_TO(graph, e);

		src[e] = (int32_t)(a < b ? a : b);
		dst[e] = (int32_t)(a < b ? b : a);
		weight[e] = 1;
		if (m->roles && !(roles->strings[e] = roles_text(g, m->roles)))
			return nomem();
		amount->reals[e] = m->amount_sek;
	}
	return SN_OK;
}

static sn_error_t check(const sn_export_t *x)
{
	size_t total;

	if (!x || !x->net || !x->net->built || !x->net->dataset)
		return sn_error_set(SN_EINVAL, "export: no network to write");
	total = x->net->nactors + x->net->nprojects;
	if (x->proj && (!x->proj->built ||
			x->proj->offset + (size_t)sn_projection_vcount(x->proj) > total))
		return sn_error_set(SN_EINVAL, "export: the projection does not belong to the network");
	if (x->columns && x->columns->count && x->columns->n != total)
		return sn_error_set(SN_EINVAL, "export: the columns hold %zu values, the network %zu "
				    "vertices", x->columns->n, total);
	return SN_OK;
}

sn_error_t sn__xgraph_build(sn__xgraph_t *g, const sn_export_t *x)
{
	const sn_network_t *net = x ? x->net : NULL;
	size_t *arow = NULL, *prow = NULL;
	sn_error_t err;

	memset(g, 0, sizeof *g);
	if ((err = check(x)) != SN_OK)
		return err;
	g->two_mode = x->proj == NULL;
	g->nv = x->proj ? (size_t)sn_projection_vcount(x->proj) : net->nactors + net->nprojects;
	if (g->nv > INT32_MAX)
		return sn_error_set(SN_ELIMIT, "export: more than %d vertices", INT32_MAX);
	g->vertex = malloc((g->nv + 1) * sizeof *g->vertex);
	g->id = malloc((g->nv + 1) * sizeof *g->id);
	g->label = malloc((g->nv + 1) * sizeof *g->label);
	arow = malloc((g->nv + 1) * sizeof *arow);
	prow = malloc((g->nv + 1) * sizeof *prow);
	if (!g->vertex || !g->id || !g->label || !arow || !prow) {
		err = nomem();
		goto done;
	}
	for (size_t i = 0; i < g->nv; i++) {
		size_t v = i + (x->proj ? x->proj->offset : 0);
		g->vertex[i] = v;
		arow[i] = v < net->nactors ? net->actor_index[v] : SN_NO_PARENT;
		prow[i] = v < net->nactors ? SN_NO_PARENT : v - net->nactors;
	}
	if ((err = add_identity(g, net)) != SN_OK ||
	    (err = add_attrs(g, &net->dataset->actor_attrs, arow, "actor_", x->columns)) != SN_OK ||
	    (err = add_attrs(g, &net->dataset->project_attrs, prow, "project_", x->columns)) ||
	    (err = add_columns(g, x->columns)) != SN_OK ||
	    (err = (x->proj ? add_projection_edges(g, x->proj) : add_edges(g, net))) != SN_OK)
		goto done;
done:
	free(arow);
	free(prow);
	if (err != SN_OK)
		sn__xgraph_destroy(g);
	return err;
}

void sn__xgraph_destroy(sn__xgraph_t *g)
{
	if (!g)
		return;
	free(g->vertex);
	free(g->id);
	free(g->label);
	fields_free(g->vf, g->nvf);
	fields_free(g->ef, g->nef);
	free(g->src);
	free(g->dst);
	free(g->weight);
	free(g->tie_start);
	for (size_t i = 0; i < g->npool; i++)
		free(g->pool[i]);
	free(g->pool);
	memset(g, 0, sizeof *g);
}

long sn__xgraph_find(const sn__xgraph_t *g, const char *name)
{
	for (size_t i = 0; i < g->nvf; i++)
		if (strcmp(g->vf[i].name, name) == 0)
			return (long)i;
	return -1;
}

sn_error_t sn__xgraph_pick(const sn__xgraph_t *g, const char *name, const char *fallback,
			   long *out)
{
	if (name) {
		if ((*out = sn__xgraph_find(g, name)) < 0)
			return sn_error_set(SN_EINVAL, "no attribute named '%s' to export", name);
		return SN_OK;
	}
	*out = sn__xgraph_find(g, "community");
	if (*out < 0)
		*out = sn__xgraph_find(g, fallback);
	return *out < 0 ? sn_error_set(SN_EINVAL, "no attribute named '%s' to export", fallback)
			: SN_OK;
}

void sn__xgraph_degrees(const sn__xgraph_t *g, double *out, double *strength_out)
{
	for (size_t i = 0; i < g->nv; i++) {
		if (out)
			out[i] = 0;
		if (strength_out)
			strength_out[i] = 0;
	}
	for (size_t e = 0; e < g->ne; e++) {
		int32_t s = sn__xgraph_src(g, e), d = sn__xgraph_dst(g, e);

		if (out) {
			out[s] += 1;
			out[d] += 1;
		}
		if (strength_out) {
			double w = sn__xgraph_weight(g, e);
			strength_out[s] += w;
			strength_out[d] += w;
		}
	}
}
