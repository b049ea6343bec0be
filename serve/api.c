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

/* ---- JSON output: a memory stream and a string escaper ------------------------------ */

static void json_str(FILE *f, const char *s)
{
	fputc('"', f);
	for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
		if (*p == '"' || *p == '\\')
			fprintf(f, "\\%c", *p);
		else if (*p < 0x20 || *p == 0x7f)
			fprintf(f, "\\u%04x", *p);
		else
			fputc(*p, f);
	}
	fputc('"', f);
}

/* The field `, "key": ` and the string `s`, or null when `s` is NULL. */
static void json_field_str(FILE *f, const char *key, const char *s)
{
	fprintf(f, ", \"%s\": ", key);
	if (s)
		json_str(f, s);
	else
		fputs("null", f);
}

/* The field `, "key": ` and the integer `x`, or null when `known` is false. */
static void json_field_int(FILE *f, const char *key, bool known, int64_t x)
{
	fprintf(f, ", \"%s\": ", key);
	if (known)
		fprintf(f, "%lld", (long long)x);
	else
		fputs("null", f);
}

/* A number as JSON: 17 significant digits (round-trips a double), null when not finite. */
static void json_real(FILE *f, double x)
{
	if (isfinite(x))
		fprintf(f, "%.17g", x);
	else
		fputs("null", f);
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
	json_str(f, msg);
	fputs("}}\n", f);
	if (fclose(f)) {
		free(out->body);
		out->body = NULL;
		out->status = 500;
	}
}

/* The status for a library error: bad arguments 400, data that cannot answer 422. */
static unsigned error_status(sn_error_t err)
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
		json_str(f, actor->id);
		fputs(", \"name\": ", f);
		json_str(f, actor->name);
		fputs(", \"type\": ", f);
		json_str(f, sn_actor_type_name(actor->type));
		json_field_str(f, "territory", actor->territory != SN_NO_PARENT
					       ? ds->territories->code[actor->territory] : NULL);
		bool known = actor->represents != SN_NO_PARENT &&
			     sn_dataset_represented_population(ds, &a, 1, api->year, &pop) == SN_OK;
		json_field_int(f, "population", known, pop);
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
		json_str(f, ds->coalitions[c].name);
		fputs(", \"members\": [", f);
		for (size_t k = 0; k < ds->coalitions[c].nactors; k++) {
			fputs(k ? ", " : "", f);
			json_str(f, ds->actors[ds->coalitions[c].actors[k]].id);
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
		json_str(f, t->code[i]);
		fputs(", \"name\": ", f);
		json_str(f, t->name[i]);
		fputs(", \"level\": ", f);
		json_str(f, sn_territories_level(t, depth));
		json_field_str(f, "parent", t->parent[i] != SN_NO_PARENT ? t->code[t->parent[i]] : NULL);
		bool known = sn_territories_population(t, i, api->year, &pop) == SN_OK;
		json_field_int(f, "population", known, pop);
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

/* The game of the players `p` under `rule` or `quota` (at most one given). */
static sn_error_t build_game(sn_game_t **g, const sn_players_t *p, const char *rule,
			     const char *quota)
{
	if (rule && quota)
		return sn_error_set(SN_EINVAL, "give one of rule and quota");
	return rule ? sn_players_game_rule(g, p, rule) : sn_players_game(g, p, quota);
}

/* Whether actor `a` is among members[0..n). */
static bool is_member(const size_t *members, size_t n, size_t a)
{
	for (size_t k = 0; k < n; k++)
		if (members[k] == a)
			return true;
	return false;
}

/* The player of actor `a`, or p->n. */
static size_t player_of(const sn_players_t *p, size_t a)
{
	size_t i = 0;
	while (i < p->n && p->actor[i] != a)
		i++;
	return i;
}

typedef struct {
	size_t *members, nmembers;
	sn_players_t players;
	sn_game_t *game;
	sn_power_result_t power;
	unsigned char *in;             /* [players] member flags */
	int64_t population;
	double share;
} coalition_state_t;

static sn_error_t coalition_compute(coalition_state_t *s, const serve_api_t *api,
				    const serve_args_t *args)
{
	const char *list = serve_arg(args, "members"), *rule = serve_arg(args, "rule");
	sn_power_options_t opts = SN_POWER_OPTIONS_INIT;
	size_t *idx = NULL, n = 0;
	sn_error_t err;

	if (!list)
		return sn_error_set(SN_EINVAL, "members: give members=ID,ID,... (ids or selectors)");
	if ((err = sn_coalition_members_parse(&s->members, &s->nmembers, api->ds, list)) ||
	    (err = sn_coalition_population(&s->population, &s->share, api->ds, s->members,
					   s->nmembers, api->year)) ||
	    (err = sn_players_select(&idx, &n, api->ds, serve_arg(args, "players"))))
		return err;
	err = sn_players_from_dataset(&s->players, api->ds, idx, n, serve_arg(args, "weight"),
				      api->year, rule != NULL);
	free(idx);
	opts.indices = SN_POWER_BANZHAF | SN_POWER_SHAPLEY;
	if (err || (err = build_game(&s->game, &s->players, rule, serve_arg(args, "quota"))) ||
	    (err = sn_power_compute(&s->power, s->game, &opts)))
		return err;
	if (!(s->in = calloc(s->players.n, 1)))
		return sn_error_set(SN_ENOMEM, "out of memory");
	for (size_t i = 0; i < s->players.n; i++)
		s->in[i] = is_member(s->members, s->nmembers, s->players.actor[i]);
	return SN_OK;
}

static void coalition_write(FILE *f, const coalition_state_t *s, const serve_api_t *api,
			    const serve_args_t *args)
{
	const sn_players_t *p = &s->players;
	const char *rule = serve_arg(args, "rule"), *quota = serve_arg(args, "quota");
	double bz = 0, ss = 0;
	size_t k = 0;

	fputs("{\"members\": [", f);
	for (size_t m = 0; m < s->nmembers; m++) {
		const sn_actor_t *actor = &api->ds->actors[s->members[m]];
		size_t i = player_of(p, s->members[m]);
		fputs(m ? ",\n" : "\n", f);
		fputs("{\"id\": ", f);
		json_str(f, actor->id);
		fputs(", \"name\": ", f);
		json_str(f, actor->name);
		fprintf(f, ", \"player\": %s, \"banzhaf\": ", i < p->n ? "true" : "false");
		if (i < p->n) {
			json_real(f, s->power.banzhaf[i]);
			fputs(", \"shapley_shubik\": ", f);
			json_real(f, s->power.shapley[i]);
		} else
			fputs("null, \"shapley_shubik\": null", f);
		fputs("}", f);
	}
	for (size_t i = 0; i < p->n; i++)
		if (s->in[i]) {
			bz += s->power.banzhaf[i];
			ss += s->power.shapley[i];
			k++;
		}
	fprintf(f, "],\n\"population\": %lld, \"population_share\": ", (long long)s->population);
	json_real(f, s->share);
	fputs(", \"rule\": ", f);
	json_str(f, rule ? rule : quota ? quota : ">50%");
	fprintf(f, ", \"weight\": ");
	json_str(f, p->weight_name);
	fprintf(f, ", \"rule_met\": %s, \"players\": %zu, \"member_players\": %zu",
		sn_game_wins(s->game, s->in) ? "true" : "false", p->n, k);
	fputs(", \"banzhaf_share\": ", f);
	json_real(f, bz);
	fputs(", \"shapley_shubik_share\": ", f);
	json_real(f, ss);
	fputs("}\n", f);
}

static sn_error_t coalition(FILE *f, const serve_api_t *api, const serve_args_t *args)
{
	coalition_state_t s = { 0 };
	sn_error_t err;

	sn_players_init(&s.players);
	sn_power_result_init(&s.power);
	if (!(err = coalition_compute(&s, api, args)))
		coalition_write(f, &s, api, args);
	free(s.members);
	free(s.in);
	sn_power_result_destroy(&s.power);
	sn_game_free(s.game);
	sn_players_destroy(&s.players);
	return err;
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
						      "weight", NULL };
	bool is_coalition = path && !strcmp(path, "/api/coalition");
	serve_args_t empty = { 0 };
	sn_error_t err = SN_OK;
	const char *bad;
	FILE *f;

	out->status = 200;
	out->body = NULL;
	out->len = 0;
	args = args ? args : &empty;
	if (!path || strncmp(path, "/api/", 5) ||
	    (!is_coalition && strcmp(path, "/api/actors") && strcmp(path, "/api/coalitions") &&
	     strcmp(path, "/api/territories") && strcmp(path, "/api/network"))) {
		respond_error(out, 404, "no such endpoint: the API has /api/actors, /api/coalitions, "
			      "/api/territories, /api/network and /api/coalition");
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
	if ((bad = unknown_arg(args, is_coalition ? coalition_args : none))) {
		respond_error(out, 400, "unknown argument '%s'", bad);
		return;
	}
	if (!(f = open_memstream(&out->body, &out->len))) {
		out->status = 500;
		return;
	}
	if (is_coalition)
		err = coalition(f, api, args);
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
		respond_error(out, error_status(err), "%s", sn_error_last());
}
