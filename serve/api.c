/* serve/api.c: the JSON API of `samnet serve` (contract in serve/serve.h). */
#include "config.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "serve/serve.h"

const char *serve_arg(const serve_args_t *a, const char *key)
{
	for (size_t i = 0; a && i < a->n; i++)
		if (!strcmp(a->key[i], key))
			return a->value[i];
	return NULL;
}

static int hex_digit(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

bool serve_args_parse(serve_args_t *a, const char *query, char *buf, size_t size)
{
	size_t o = 0;

	a->n = 0;
	a->overflow = false;
	if (!query || !*query)
		return true;
	if (strlen(query) >= size)
		return false;
	for (const char *p = query; *p;) {
		if (a->n == SERVE_MAX_ARGS) {
			a->overflow = true;
			return false;
		}
		a->key[a->n] = buf + o;
		a->value[a->n] = "";
		bool in_value = false;
		for (; *p && *p != '&'; p++) {
			char c = *p;
			if (c == '=' && !in_value) {
				buf[o++] = '\0';
				a->value[a->n] = buf + o;
				in_value = true;
				continue;
			}
			if (c == '+')
				c = ' ';
			else if (c == '%') {
				int h = p[1] ? hex_digit(p[1]) : -1, l = h >= 0 && p[2] ? hex_digit(p[2]) : -1;
				if (h < 0 || l < 0 || (h == 0 && l == 0))
					return false;
				c = (char)(h * 16 + l);
				p += 2;
			}
			buf[o++] = c;
		}
		buf[o++] = '\0';
		a->n++;
		if (*p == '&')
			p++;
	}
	return true;
}

static void respond_error(serve_response_t *out, unsigned status, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void respond_error(serve_response_t *out, unsigned status, const char *fmt, ...)
{
	char msg[1024];
	va_list ap;
	FILE *f;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	free(out->body);
	out->body = NULL;
	out->len = 0;
	out->status = status;
	if (!(f = open_memstream(&out->body, &out->len))) {
		out->status = 500;
		return;
	}
	fprintf(f, "{\"error\": {\"status\": %u, \"message\": ", status);
	serve_json_str(f, msg);
	fputs("}}\n", f);
	if (fclose(f)) {
		free(out->body);
		out->body = NULL;
		out->status = 500;
	}
}

/* The status for a library error: bad arguments 400, data that cannot answer 422. */
unsigned serve_error_status(sn_error_t err)
{
	return err == SN_EINVAL ? 400 : err == SN_ENOMEM ? 500 : 422;
}

/* ---- endpoints ------------------------------------------------------------------- */

static void actors(FILE *f, const serve_api_t *api)
{
	const sn_dataset_t *ds = api->ds;

	fputs("{\"actors\": [", f);
	for (size_t a = 0; a < ds->nactors; a++) {
		const sn_actor_t *actor = &ds->actors[a];
		int64_t pop = 0;
		fputs(a ? ",\n" : "\n", f);
		fputs("{\"id\": ", f);
		serve_json_str(f, actor->id);
		fputs(", \"name\": ", f);
		serve_json_str(f, actor->name);
		fputs(", \"type\": ", f);
		serve_json_str(f, sn_actor_type_name(actor->type));
		serve_json_field_str(f, "territory", actor->territory != SN_NO_PARENT
					       ? ds->territories->code[actor->territory] : NULL);
		bool known = actor->represents != SN_NO_PARENT &&
			     sn_dataset_represented_population(ds, &a, 1, api->year, &pop) == SN_OK;
		serve_json_field_int(f, "population", known, pop);
		fputs("}", f);
	}
	fputs("]}\n", f);
}

static void coalitions(FILE *f, const serve_api_t *api)
{
	const sn_dataset_t *ds = api->ds;

	fputs("{\"coalitions\": [", f);
	for (size_t c = 0; c < ds->ncoalitions; c++) {
		fputs(c ? ",\n" : "\n", f);
		fputs("{\"name\": ", f);
		serve_json_str(f, ds->coalitions[c].name);
		fputs(", \"members\": [", f);
		for (size_t k = 0; k < ds->coalitions[c].nactors; k++) {
			fputs(k ? ", " : "", f);
			serve_json_str(f, ds->actors[ds->coalitions[c].actors[k]].id);
		}
		fputs("]}", f);
	}
	fputs("]}\n", f);
}

static void territories(FILE *f, const serve_api_t *api)
{
	const sn_territories_t *t = api->ds->territories;

	fputs("{\"territories\": [", f);
	for (size_t i = 0; i < t->count; i++) {
		size_t depth = 0;
		int64_t pop;
		for (size_t j = i; t->parent[j] != SN_NO_PARENT; j = t->parent[j])
			depth++;
		fputs(i ? ",\n" : "\n", f);
		fputs("{\"code\": ", f);
		serve_json_str(f, t->code[i]);
		fputs(", \"name\": ", f);
		serve_json_str(f, t->name[i]);
		fputs(", \"level\": ", f);
		serve_json_str(f, sn_territories_level(t, depth));
		serve_json_field_str(f, "parent", t->parent[i] != SN_NO_PARENT ? t->code[t->parent[i]] : NULL);
		bool known = sn_territories_population(t, i, api->year, &pop) == SN_OK;
		serve_json_field_int(f, "population", known, pop);
		fputs("}", f);
	}
	fputs("]}\n", f);
}

static sn_error_t network(FILE *f, const serve_api_t *api)
{
	sn_export_t x = SN_EXPORT_INIT;
	sn_writer_t *w = NULL;
	const char *data;
	size_t len;
	sn_error_t err;

	x.net = api->net;
	if ((err = sn_writer_memory(&w)) || (err = sn_export_write_to(w, SN_EXPORT_JSON, &x)) ||
	    (err = sn_writer_flush(w))) {
		sn_writer_free(w);
		return err;
	}
	data = sn_writer_data(w, &len);
	fwrite(data, 1, len, f);
	sn_writer_free(w);
	return SN_OK;
}

/* The arguments each endpoint takes; any other is a 400 (a typo must not pass silently). */
static const char *unknown_arg(const serve_args_t *args, const char *const *known)
{
	for (size_t i = 0; i < args->n; i++) {
		bool ok = !strcmp(args->key[i], "token");
		for (size_t k = 0; known[k] && !ok; k++)
			ok = !strcmp(args->key[i], known[k]);
		if (!ok)
			return args->key[i];
	}
	return NULL;
}

void serve_api_answer(serve_response_t *out, const serve_api_t *api, const char *path,
		      const serve_args_t *args)
{
	static const char *const none[] = { NULL };
	static const char *const coalition_args[] = { "members", "rule", "quota", "players",
						      "weight", "indices", "base", NULL };
	static const char *const ties_args[] = { "members", NULL };
	bool is_coalition = path && !strcmp(path, "/api/coalition");
	bool is_ties = path && !strcmp(path, "/api/ties");
	serve_args_t empty = { 0 };
	sn_error_t err = SN_OK;
	const char *bad;
	FILE *f;

	out->status = 200;
	out->body = NULL;
	out->len = 0;
	args = args ? args : &empty;
	if (!path || strncmp(path, "/api/", 5) ||
	    (!is_coalition && !is_ties && strcmp(path, "/api/actors") && strcmp(path, "/api/coalitions") &&
	     strcmp(path, "/api/territories") && strcmp(path, "/api/network"))) {
		respond_error(out, 404, "no such endpoint: the API has /api/actors, /api/coalitions, "
			      "/api/territories, /api/network, /api/coalition and /api/ties");
		return;
	}
	if (args->overflow) {
		respond_error(out, 400, "too many arguments (at most %d)", SERVE_MAX_ARGS);
		return;
	}
	for (size_t i = 0; i < args->n; i++)
		for (size_t j = 0; j < i; j++)
			if (!strcmp(args->key[i], args->key[j])) {
				respond_error(out, 400, "argument '%s' given twice", args->key[i]);
				return;
			}
	if ((bad = unknown_arg(args, is_coalition ? coalition_args : is_ties ? ties_args : none))) {
		respond_error(out, 400, "unknown argument '%s'", bad);
		return;
	}
	if (!(f = open_memstream(&out->body, &out->len))) {
		out->status = 500;
		return;
	}
	if (is_coalition)
		err = serve_coalition(f, api, args);
	else if (is_ties)
		err = serve_ties(f, api, args);
	else if (!strcmp(path, "/api/actors"))
		actors(f, api);
	else if (!strcmp(path, "/api/coalitions"))
		coalitions(f, api);
	else if (!strcmp(path, "/api/territories"))
		territories(f, api);
	else
		err = network(f, api);
	if (fclose(f)) {
		free(out->body);
		out->body = NULL;
		out->len = 0;
		out->status = 500;
		return;
	}
	if (err)
		respond_error(out, serve_error_status(err), "%s", sn_error_last());
}
