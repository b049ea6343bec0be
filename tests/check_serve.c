/*
 * samnet serve (issue 21): the JSON API over a real socket agrees with the
 * library's own computations (sn_coalition_population, sn_power_compute on
 * the regions weighted by population, as `samnet coalition` and
 * `samnet power` compute them); the security rules refuse foreign Host and
 * Origin headers, other methods, bodies and a missing token; and the query
 * parser and the API survive many malformed queries.
 */
#include "config.h"

#include <arpa/inet.h>
#include <check.h>
#include <math.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "samnet.h"
#include "serve/serve.h"
#include "testutil.h"

static sn_dataset_t *ds;
static sn_network_t net;
static int year;
static serve_api_t api;

static void load(void)
{
	char dir[4096];
	const char *srcdir = getenv("srcdir");
	sn_dataset_options_t opts = { SN_TABLE_OPTIONS_INIT, NULL };
	sn_diag_t diag;

	snprintf(dir, sizeof dir, "%s/datasets/sweden", srcdir ? srcdir : ".");
	sn_diag_init(&diag);
	ck_assert_int_eq(sn_dataset_load(&ds, dir, &opts, &diag), SN_OK);
	sn_diag_destroy(&diag);
	sn_network_init(&net);
	ck_assert_int_eq(sn_network_build(&net, ds, NULL), SN_OK);
	year = sn_territories_latest_year(ds->territories);
	api = (serve_api_t){ ds, &net, year };
}

static void unload(void)
{
	sn_network_destroy(&net);
	sn_dataset_free(ds);
}

/* One HTTP/1.0 request `req` to 127.0.0.1:port; returns the whole response (to free). */
static char *http(unsigned port, const char *req)
{
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons((uint16_t)port) };
	int fd = socket(AF_INET, SOCK_STREAM, 0);
	char *buf = NULL;
	size_t len = 0, cap = 0;
	ssize_t got;

	ck_assert_int_ge(fd, 0);
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	ck_assert_int_eq(connect(fd, (struct sockaddr *)&a, sizeof a), 0);
	ck_assert_int_eq((int)write(fd, req, strlen(req)), (int)strlen(req));
	do {
		if (len + 4096 + 1 > cap) {
			cap = 2 * cap + 8192;
			buf = realloc(buf, cap);
			ck_assert_ptr_nonnull(buf);
		}
		got = read(fd, buf + len, 4096);
		if (got > 0)
			len += (size_t)got;
	} while (got > 0);
	close(fd);
	buf[len] = '\0';
	return buf;
}

/* GET `target` with the Host header `host` (NULL: 127.0.0.1:port) and extra header lines. */
static char *get(unsigned port, const char *target, const char *host, const char *extra)
{
	char req[8192], h[64];

	snprintf(h, sizeof h, "127.0.0.1:%u", port);
	snprintf(req, sizeof req, "GET %s HTTP/1.0\r\nHost: %s\r\n%s\r\n", target, host ? host : h,
		 extra ? extra : "");
	return http(port, req);
}

static int status_of(const char *resp)
{
	int s = 0;
	ck_assert_int_eq(sscanf(resp, "HTTP/1.%*d %d", &s), 1);
	return s;
}

/* The number after `"key": ` that follows `after` (NULL: from the start) in `text`. */
static double number_after(const char *text, const char *after, const char *key)
{
	char pat[128];
	const char *p = after ? strstr(text, after) : text;

	ck_assert_msg(p != NULL, "'%s' not in %s", after, text);
	snprintf(pat, sizeof pat, "\"%s\": ", key);
	p = strstr(p, pat);
	ck_assert_msg(p != NULL, "'%s' not in %s", key, text);
	return strtod(p + strlen(pat), NULL);
}

static serve_server_t *start(unsigned *port, const char *token)
{
	serve_options_t opts = { NULL, 0, token };
	serve_server_t *s;

	ck_assert_int_eq(serve_start(&s, port, &api, &opts), SN_OK);
	ck_assert_uint_gt(*port, 0);
	return s;
}

/* The members' values computed directly with the library, as the CLI does. */
START_TEST(test_coalition_equals_library)
{
	static const char *const ids[] = { "region-05", "region-12", "region-13" };
	size_t members[3], *players_idx = NULL, np = 0;
	sn_players_t p;
	sn_game_t *g = NULL;
	sn_power_result_t r;
	sn_power_options_t o = SN_POWER_OPTIONS_INIT;
	int64_t pop;
	double share;
	unsigned port;
	serve_server_t *s = start(&port, NULL);
	char *resp = get(port, "/api/coalition?members=region-05,regions:12,13", NULL, NULL);

	for (size_t k = 0; k < 3; k++)
		members[k] = sn_dataset_find_actor(ds, ids[k]);
	ck_assert_int_eq(status_of(resp), 200);
	ck_assert_ptr_nonnull(strstr(resp, "application/json"));
	ck_assert_int_eq(sn_coalition_population(&pop, &share, ds, members, 3, year), SN_OK);
	ck_assert_int_eq((int64_t)number_after(resp, NULL, "population"), pop);
	ck_assert_double_eq_tol(number_after(resp, NULL, "population_share"), share, 1e-15);
	sn_players_init(&p);
	sn_power_result_init(&r);
	ck_assert_int_eq(sn_players_select(&players_idx, &np, ds, NULL), SN_OK);
	ck_assert_int_eq(np, 21);
	ck_assert_int_eq(sn_players_from_dataset(&p, ds, players_idx, np, NULL, year, false), SN_OK);
	ck_assert_int_eq(sn_players_game(&g, &p, NULL), SN_OK);
	o.indices = SN_POWER_BANZHAF | SN_POWER_SHAPLEY;
	ck_assert_int_eq(sn_power_compute(&r, g, &o), SN_OK);
	for (size_t i = 0; i < np; i++)
		for (size_t k = 0; k < 3; k++)
			if (p.actor[i] == members[k]) {
				char after[64];
				snprintf(after, sizeof after, "\"id\": \"%s\"", ids[k]);
				ck_assert_double_eq_tol(number_after(resp, after, "banzhaf"), r.banzhaf[i], 1e-15);
				ck_assert_double_eq_tol(number_after(resp, after, "shapley_shubik"),
							r.shapley[i], 1e-15);
			}
	/* 3 of 21 regions with about a fifth of the population lose a >50% vote. */
	ck_assert_ptr_nonnull(strstr(resp, "\"rule_met\": false"));
	free(resp);
	/* Every region but Stockholm: over 50 % of the population, the vote is won. */
	resp = get(port, "/api/coalition?members=regions:03,04,05,06,07,08,09,10,12,13,14,17,18,"
			 "19,20,21,22,23,24,25", NULL, NULL);
	ck_assert_int_eq(status_of(resp), 200);
	ck_assert_ptr_nonnull(strstr(resp, "\"rule_met\": true"));
	free(resp);
	sn_game_free(g);
	sn_power_result_destroy(&r);
	sn_players_destroy(&p);
	free(players_idx);
	serve_stop(s);
}
END_TEST

START_TEST(test_listings)
{
	unsigned port;
	serve_server_t *s = start(&port, NULL);
	static const char *const paths[] = { "/api/actors", "/api/coalitions", "/api/territories",
					     "/api/network" };
	static const char *const expect[] = { "\"id\": \"region-12\"", "\"name\": \"sydsverige\"",
					      "\"code\": \"12\"", "\"links\"" };

	for (size_t k = 0; k < 4; k++) {
		char *resp = get(port, paths[k], NULL, NULL);
		ck_assert_int_eq(status_of(resp), 200);
		ck_assert_msg(strstr(resp, expect[k]) != NULL, "%s lacks %s", paths[k], expect[k]);
		free(resp);
	}
	/* The populations listed are the library's (an actor's represented one, a territory's). */
	{
		size_t a = sn_dataset_find_actor(ds, "region-12");
		int64_t pop, root;
		char *resp = get(port, "/api/actors", NULL, NULL);
		ck_assert_int_eq(sn_dataset_represented_population(ds, &a, 1, year, &pop), SN_OK);
		ck_assert_int_eq((int64_t)number_after(resp, "\"id\": \"region-12\"", "population"), pop);
		free(resp);
		resp = get(port, "/api/territories", NULL, NULL);
		ck_assert_int_eq(sn_territories_population(ds->territories, ds->territories->root, year,
							   &root), SN_OK);
		ck_assert_int_eq((int64_t)number_after(resp, "\"code\": \"SE\"", "population"), root);
		free(resp);
		/* The page and its script are served from the binary. */
		resp = get(port, "/", NULL, NULL);
		ck_assert_int_eq(status_of(resp), 200);
		ck_assert_ptr_nonnull(strstr(resp, "text/html"));
		ck_assert_ptr_nonnull(strstr(resp, "<svg id=\"map\""));
		free(resp);
		resp = get(port, "/lan.geojson", NULL, NULL);
		ck_assert_int_eq(status_of(resp), 200);
		ck_assert_ptr_nonnull(strstr(resp, "\"code\":\"25\""));
		free(resp);
	}
	serve_stop(s);
}
END_TEST

/* Each refusal: its request and the status it must get, with a JSON error body. */
START_TEST(test_refusals)
{
	unsigned port;
	serve_server_t *s = start(&port, NULL);
	char req[512], *resp;
	struct { const char *target, *host, *extra; int status; } cases[] = {
		{ "/api/coalition?members=nosuch", NULL, NULL, 400 },
		{ "/api/coalition", NULL, NULL, 400 },
		{ "/api/coalition?members=region-01&rule=members%3E%3D", NULL, NULL, 400 },
		{ "/api/coalition?members=region-01&rule=a&quota=50", NULL, NULL, 400 },
		{ "/api/coalition?members=region-01&colour=red", NULL, NULL, 400 },
		{ "/api/coalition?members=region-01,region-01", NULL, NULL, 400 },
		{ "/api/nothing", NULL, NULL, 404 },
		{ "/etc/passwd", NULL, NULL, 404 },
		{ "/api/actors", "rebind.example.com:80", NULL, 403 },
		{ "/api/actors", "127.0.0.1:1", NULL, 403 },
		{ "/api/actors", NULL, "Origin: http://evil.example.com\r\n", 403 },
		{ "/api/actors", NULL, "Origin: null\r\n", 403 },
	};

	for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
		resp = get(port, cases[k].target, cases[k].host, cases[k].extra);
		ck_assert_msg(status_of(resp) == cases[k].status, "%s: %s", cases[k].target, resp);
		ck_assert_msg(strstr(resp, "{\"error\": {\"status\": ") != NULL, "%s", resp);
		free(resp);
	}
	/* Same origin passes. */
	snprintf(req, sizeof req, "Origin: http://localhost:%u\r\n", port);
	resp = get(port, "/api/coalitions", "localhost", req);
	ck_assert_int_eq(status_of(resp), 403);          /* Host without the port is foreign */
	free(resp);
	snprintf(req, sizeof req, "localhost:%u", port);
	{
		char origin[128];
		snprintf(origin, sizeof origin, "Origin: http://localhost:%u\r\n", port);
		resp = get(port, "/api/coalitions", req, origin);
		ck_assert_int_eq(status_of(resp), 200);
		free(resp);
	}
	snprintf(req, sizeof req, "POST /api/actors HTTP/1.0\r\nHost: 127.0.0.1:%u\r\n"
		 "Content-Length: 3\r\n\r\nabc", port);
	resp = http(port, req);
	ck_assert_int_eq(status_of(resp) / 100, 4);
	free(resp);
	snprintf(req, sizeof req, "DELETE /api/actors HTTP/1.0\r\nHost: 127.0.0.1:%u\r\n\r\n", port);
	resp = http(port, req);
	ck_assert_int_eq(status_of(resp), 405);
	free(resp);
	serve_stop(s);
}
END_TEST

START_TEST(test_token)
{
	unsigned port;
	char token[33], target[128], *resp;
	serve_server_t *s;

	ck_assert_int_eq(serve_random_token(token), SN_OK);
	ck_assert_int_eq(strlen(token), 32);
	s = start(&port, token);
	resp = get(port, "/api/coalitions", NULL, NULL);
	ck_assert_int_eq(status_of(resp), 403);
	free(resp);
	resp = get(port, "/api/coalitions?token=0123", NULL, NULL);
	ck_assert_int_eq(status_of(resp), 403);
	free(resp);
	snprintf(target, sizeof target, "/api/coalitions?token=%s", token);
	resp = get(port, target, NULL, NULL);
	ck_assert_int_eq(status_of(resp), 200);
	free(resp);
	serve_stop(s);
	ck_assert(serve_is_loopback(NULL));
	ck_assert(serve_is_loopback("127.0.0.2"));
	ck_assert(serve_is_loopback("::1"));
	ck_assert(!serve_is_loopback("0.0.0.0"));
	ck_assert(!serve_is_loopback("192.168.1.4"));
	ck_assert(!serve_is_loopback("::"));
}
END_TEST


/* A JSON answer of the API to path?query, without a socket; the caller frees. */
static char *answer(const char *query)
{
	serve_args_t a;
	serve_response_t r;
	char buf[1024];

	ck_assert(serve_args_parse(&a, query, buf, sizeof buf));
	serve_api_answer(&r, &api, "/api/coalition", &a);
	ck_assert_msg(r.status == 200, "%u: %s", r.status, r.body);
	return r.body;
}

/* Whether `id` appears as a string inside the JSON array after `"key": [`. */
static bool listed(const char *body, const char *key, const char *id)
{
	char pat[64], quoted[64];
	const char *p, *end;

	snprintf(pat, sizeof pat, "\"%s\": [", key);
	snprintf(quoted, sizeof quoted, "\"%s\"", id);
	ck_assert_ptr_nonnull(p = strstr(body, pat));
	end = strchr(p, ']');
	p = strstr(p, quoted);
	return p && p < end;
}

/*
 * Pivotal members, blocking minorities and the base comparison, against an
 * oracle of plain arithmetic on the regions' populations: under a
 * population majority (more than half of the regions' total T), a member of
 * a winning coalition C is pivotal when w(C) - w(i) <= T / 2; the fewest
 * regions that block are the k largest with T - (their sum) <= T / 2, and
 * every k-set that blocks is a smallest minimal blocking coalition.
 */
START_TEST(test_pivotal_blocking_base)
{
	static const char *const members[] = { "region-01", "region-14", "region-12", "region-03",
					       "region-05" };
	enum { NM = sizeof members / sizeof *members };
	int64_t w[32], total = 0, in = 0;
	size_t regions[32], nr = 0, k = 0, count = 0;
	char *body;

	for (size_t a = 0; a < ds->nactors; a++)
		if (ds->actors[a].type == SN_ACTOR_REGION) {
			ck_assert_int_eq(sn_dataset_represented_population(ds, &a, 1, year, &w[nr]), SN_OK);
			total += w[nr];
			regions[nr++] = a;
		}
	ck_assert_uint_eq(nr, 21);
	for (size_t m = 0; m < NM; m++)
		for (size_t r = 0; r < nr; r++)
			if (!strcmp(ds->actors[regions[r]].id, members[m]))
				in += w[r];
	ck_assert(2 * in > total);   /* the five largest regions hold a majority */
	body = answer("members=region-01,region-14,region-12,region-03,region-05"
		      "&base=region-01,region-14,region-12&indices=banzhaf");
	ck_assert_ptr_nonnull(strstr(body, "\"rule_met\": true"));
	for (size_t m = 0; m < NM; m++) {
		int64_t wm = 0;
		for (size_t r = 0; r < nr; r++)
			if (!strcmp(ds->actors[regions[r]].id, members[m]))
				wm = w[r];
		ck_assert_msg(listed(body, "pivotal", members[m]) == (2 * (in - wm) <= total),
			      "pivotal %s", members[m]);
	}
	/* Smallest blocking size: the largest regions first. */
	int64_t sorted[32], sum = 0;
	memcpy(sorted, w, nr * sizeof *w);
	for (size_t i = 0; i < nr; i++)
		for (size_t j = i + 1; j < nr; j++)
			if (sorted[j] > sorted[i]) {
				int64_t t = sorted[i]; sorted[i] = sorted[j]; sorted[j] = t;
			}
	while (2 * (total - sum) > total)
		sum += sorted[k++];
	for (uint32_t mask = 0; mask < (1u << nr); mask++) {
		int64_t b = 0;
		if ((size_t)__builtin_popcount(mask) != k)
			continue;
		for (size_t r = 0; r < nr; r++)
			b += mask >> r & 1 ? w[r] : 0;
		count += 2 * (total - b) <= total;
	}
	ck_assert_int_eq((size_t)number_after(body, "\"blocking\"", "size"), k);
	ck_assert_int_eq((size_t)number_after(body, "\"blocking\"", "count"), count < 10 ? count : 10);
	/* The base: Stockholm, Västra Götaland and Skåne; the delta adds Uppsala and Östergötland. */
	ck_assert(listed(body, "added", "region-03") && listed(body, "added", "region-05"));
	ck_assert(!listed(body, "added", "region-01"));
	ck_assert_ptr_nonnull(strstr(body, "\"removed\": []"));
	ck_assert_double_eq_tol(number_after(body, "\"delta\"", "population_share"),
				number_after(body, "],\n\"population\"", "population_share") -
				number_after(body, "\"base\"", "population_share"), 1e-15);
	ck_assert_ptr_nonnull(strstr(body, "\"shapley_shubik_share\": null"));
	free(body);
}
END_TEST

/* A preset rule name means its rule text (sn_rule_preset()). */
START_TEST(test_rule_presets)
{
	char *named = answer("members=regions:12,13,07&rule=qualified");
	char *text = answer("members=regions:12,13,07&rule=members%3E%3D55%25+and+population%3E%3D65%25");

	ck_assert_str_eq(named, text);
	ck_assert_ptr_nonnull(strstr(named, "\"rule\": \"members>=55% and population>=65%\""));
	free(named);
	free(text);
}
END_TEST

/* GET /api/ties?members=QUERY through the API (no socket); the body (to free). */
static char *ties_answer(const char *query)
{
	serve_args_t a;
	serve_response_t r;
	char buf[4096];

	ck_assert(serve_args_parse(&a, query, buf, sizeof buf));
	serve_api_answer(&r, &api, "/api/ties", &a);
	ck_assert_msg(r.status == 200, "%u: %s", r.status, r.body);
	return r.body;
}

/* Brute force: the projects a and b share, straight from the memberships (every pair of rows). */
static size_t brute_shared(size_t a, size_t b, const char **ids, size_t max)
{
	size_t n = 0;
	for (size_t i = 0; i < ds->nmemberships; i++)
		for (size_t j = 0; j < ds->nmemberships; j++)
			if (ds->memberships[i].actor == a && ds->memberships[j].actor == b &&
			    ds->memberships[i].project == ds->memberships[j].project) {
				if (n < max)
					ids[n] = ds->projects[ds->memberships[i].project].id;
				n++;
			}
	return n;
}

/* The count weight of the a-b tie of the actor projection, 0 without a tie. */
static double projection_count(const sn_projection_t *p, size_t a, size_t b)
{
	igraph_integer_t va = -1, vb = -1, eid = -1;
	for (size_t v = 0; v < net.nactors; v++) {
		if (net.actor_index[v] == a)
			va = (igraph_integer_t)v;
		if (net.actor_index[v] == b)
			vb = (igraph_integer_t)v;
	}
	if (va < 0 || vb < 0)
		return 0;
	ck_assert_int_eq(igraph_get_eid(test_graph(p), &eid, va, vb, IGRAPH_UNDIRECTED, false),
			 IGRAPH_SUCCESS);
	return eid < 0 ? 0 : VECTOR(*test_weights(p))[eid];
}

/*
 * Every pair of the listed members: the tie the API gives (or its absence)
 * has the brute-force number of shared projects, names each of them, and
 * equals the projection's count weight; no other tie is listed.
 */
static void check_ties(const char *query, const size_t *members, size_t n,
		       const sn_projection_t *proj)
{
	char *body = ties_answer(query);
	size_t pairs = 0, listed_ties = 0;

	for (const char *p = body; (p = strstr(p, "\"shared\": ")); p++)
		listed_ties++;
	for (size_t i = 0; i < n; i++) {
		char pat[256];
		snprintf(pat, sizeof pat, "{\"id\": \"%s\"", ds->actors[members[i]].id);
		ck_assert_msg(strstr(body, pat) != NULL, "member %s not listed", pat);
		for (size_t j = i + 1; j < n; j++) {
			size_t a = members[i], b = members[j];
			const char *ids[64];
			size_t want = brute_shared(a, b, ids, 64);
			const char *tie, *end;
			ck_assert_double_eq(projection_count(proj, a, b), (double)want);
			snprintf(pat, sizeof pat, "{\"a\": \"%s\", \"b\": \"%s\"", ds->actors[a].id,
				 ds->actors[b].id);
			tie = strstr(body, pat);
			if (!tie) {
				snprintf(pat, sizeof pat, "{\"a\": \"%s\", \"b\": \"%s\"",
					 ds->actors[b].id, ds->actors[a].id);
				tie = strstr(body, pat);
			}
			if (!want) {
				ck_assert_msg(tie == NULL, "%s listed without shared projects", pat);
				continue;
			}
			pairs++;
			ck_assert_msg(tie != NULL, "%s missing (%zu shared)", pat, want);
			ck_assert_int_eq((size_t)number_after(tie, NULL, "shared"), want);
			ck_assert_ptr_nonnull(end = strstr(tie, "]}"));
			for (size_t k = 0; k < want && k < 64; k++) {
				char quoted[256];
				const char *at;
				snprintf(quoted, sizeof quoted, "{\"id\": \"%s\"", ids[k]);
				at = strstr(tie, quoted);
				ck_assert_msg(at && at < end, "%s lacks project %s", pat, ids[k]);
			}
		}
	}
	ck_assert_uint_eq(listed_ties, pairs);
	free(body);
}

/* /api/ties against a brute force over the memberships and the actor projection's count weight. */
START_TEST(test_ties)
{
	sn_projection_t proj;
	size_t three[3] = { sn_dataset_find_actor(ds, "region-12"), sn_dataset_find_actor(ds, "region-13"),
			    sn_dataset_find_actor(ds, "region-07") };
	size_t checked_ties = 0;

	sn_projection_init(&proj);
	ck_assert_int_eq(sn_projection_build(&proj, &net, SN_MODE_ACTORS, SN_WEIGHT_COUNT, 0), SN_OK);
	check_ties("members=regions:12,13,07", three, 3, &proj);
	/* Every coalition of the dataset, its members by id. */
	for (size_t c = 0; c < ds->ncoalitions; c++) {
		char query[4096] = "members=";
		const sn_coalition_t *co = &ds->coalitions[c];
		for (size_t k = 0; k < co->nactors; k++) {
			ck_assert_uint_lt(strlen(query) + strlen(ds->actors[co->actors[k]].id) + 2, sizeof query);
			strcat(query, k ? "," : "");
			strcat(query, ds->actors[co->actors[k]].id);
		}
		check_ties(query, co->actors, co->nactors, &proj);
		checked_ties += co->nactors;
	}
	ck_assert_uint_gt(checked_ties, 0);
	sn_projection_destroy(&proj);
	/* The library helper: a == b gives a's own projects; out of range is refused. */
	{
		size_t *p, n;
		const char *ids[64];
		ck_assert_int_eq(sn_dataset_shared_projects(ds, three[0], three[0], &p, &n), SN_OK);
		ck_assert_uint_eq(n, brute_shared(three[0], three[0], ids, 64));
		free(p);
		ck_assert_int_eq(sn_dataset_shared_projects(ds, ds->nactors, 0, &p, &n), SN_EINVAL);
		ck_assert_ptr_null(p);
	}
	/* Arguments: members required, others refused. */
	{
		serve_args_t a;
		serve_response_t r;
		char buf[256];
		static const char *const bad[] = { "", "members=nobody", "members=region-12&rule=majority" };
		for (size_t k = 0; k < 3; k++) {
			ck_assert(serve_args_parse(&a, bad[k], buf, sizeof buf));
			serve_api_answer(&r, &api, "/api/ties", &a);
			ck_assert_msg(r.status == 400, "%s: %u %s", bad[k], r.status, r.body);
			free(r.body);
		}
	}
}
END_TEST

START_TEST(test_args_parse)
{
	serve_args_t a;
	char buf[256];

	ck_assert(serve_args_parse(&a, "members=region-01%2Cregion-03&rule=a+b&x", buf, sizeof buf));
	ck_assert_int_eq(a.n, 3);
	ck_assert_str_eq(serve_arg(&a, "members"), "region-01,region-03");
	ck_assert_str_eq(serve_arg(&a, "rule"), "a b");
	ck_assert_str_eq(serve_arg(&a, "x"), "");
	ck_assert_ptr_null(serve_arg(&a, "y"));
	ck_assert(!serve_args_parse(&a, "a=%zz", buf, sizeof buf));
	ck_assert(!serve_args_parse(&a, "a=%2", buf, sizeof buf));
	ck_assert(!serve_args_parse(&a, "a=%00", buf, sizeof buf));
	ck_assert(!serve_args_parse(&a, "a&a&a&a&a&a&a&a&a&a&a&a&a&a&a&a&a", buf, sizeof buf));
	ck_assert(!serve_args_parse(&a, "abc", buf, 3));
}
END_TEST

/*
 * Robustness: a thousand malformed queries (random bytes, truncated
 * escapes, selectors cut at every position, rules with stray operators)
 * through the parser and the API; every answer is a status with a JSON
 * body, a 2xx only for a query that names members.  Run under valgrind
 * with --enable-valgrind for memory errors.
 */
START_TEST(test_fuzz_queries)
{
	static const char *const seeds[] = {
		"members=regions:12,13,07&rule=members>=11 and population>=65%",
		"members=kommuner:12&quota=>55%&weight=sqrt-population",
		"members=coalition=sydsverige&players=type=region&weight=equal",
		"members=region-01&rule=population>=%2550%25&quota=",
	};
	static const char alphabet[] = "=&%+,:;<>!* ab09AZ-_.\x7f\xc3\xa5\xff";
	uint64_t x = 88172645463325252ull;   /* xorshift64, fixed seed: reproducible */
	char q[512], buf[1024];
	serve_args_t a;
	serve_response_t r;

	for (int round = 0; round < 1000; round++) {
		const char *seed = seeds[round % 4];
		size_t len = strlen(seed);
		x ^= x << 13, x ^= x >> 7, x ^= x << 17;
		size_t cut = (size_t)(x % (len + 1));
		/* Banzhaf alone: Shapley-Shubik's exact count over population weights costs
		 * about 0.6 s a query, hours for the fuzz rounds on a loaded machine. */
		strcpy(q, "indices=banzhaf&");
		memcpy(q + strlen(q), seed, cut);
		q[strlen("indices=banzhaf&") + cut] = '\0';
		for (int k = 0; k < (int)(x >> 60); k++) {      /* up to 15 random bytes appended */
			x ^= x << 13, x ^= x >> 7, x ^= x << 17;
			size_t l = strlen(q);
			q[l] = alphabet[x % (sizeof alphabet - 1)];
			q[l + 1] = '\0';
		}
		if (!serve_args_parse(&a, q, buf, sizeof buf))
			continue;
		serve_api_answer(&r, &api, "/api/coalition", &a);
		ck_assert_ptr_nonnull(r.body);
		ck_assert_msg(r.status == 200 || (r.status >= 400 && r.status < 500), "%u for %s",
			      r.status, q);
		ck_assert_msg(r.body[0] == '{', "%s", r.body);
		if (r.status == 200)
			ck_assert_ptr_nonnull(serve_arg(&a, "members"));
		free(r.body);
	}
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("serve");
	TCase *tc = tcase_create("api");

	tcase_add_unchecked_fixture(tc, load, unload);
	tcase_set_timeout(tc, 600);   /* a hang guard: about 40 s on a quiet machine */
	tcase_add_test(tc, test_coalition_equals_library);
	tcase_add_test(tc, test_listings);
	tcase_add_test(tc, test_refusals);
	tcase_add_test(tc, test_token);
	tcase_add_test(tc, test_args_parse);
	tcase_add_test(tc, test_pivotal_blocking_base);
	tcase_add_test(tc, test_rule_presets);
	tcase_add_test(tc, test_ties);
	tcase_add_test(tc, test_fuzz_queries);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
