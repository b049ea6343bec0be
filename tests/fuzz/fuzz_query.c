/*
 * Fuzz harness of samnet serve's query parser and JSON API (serve_args_parse
 * and serve_api_answer in serve/api.c) on the bundled dataset.  The first
 * byte picks the path (the five endpoints, or one that does not exist); the
 * rest is the raw query string.  Aborts when a rule of the API contract
 * (serve/serve.h) breaks:
 *   - a query the parser accepts gets one of the statuses 200, 400, 404, 422
 *     (500 only with no body, for out of memory);
 *   - every body is one JSON object: it starts with '{' and ends with '}'
 *     and a line break, has no other raw control character, and an error
 *     body names its status;
 *   - a path that is not an endpoint is 404 whatever the query.
 */
#include "config.h"

#include "samnet.h"
#include "serve/serve.h"
#include "tests/fuzz/fuzz.h"

static const char *const paths[] = {
	"/api/coalition", "/api/actors", "/api/coalitions", "/api/territories", "/api/network",
	"/api/nowhere", "/api/ties"
};
enum { NPATHS = sizeof paths / sizeof *paths, MAX_QUERY = 4096 };

static sn_dataset_t *ds;
static sn_network_t net;

/* The bundled dataset and its network, loaded once for every input. */
static int setup(void)
{
	const char *srcdir = getenv("srcdir");
	char dir[4096];
	sn_diag_t diag;

	if (ds)
		return 0;
	if (srcdir)
		snprintf(dir, sizeof dir, "%s/datasets/sweden", srcdir);
	else
		snprintf(dir, sizeof dir, "%s/sweden", SN_SRCDATADIR);
	sn_diag_init(&diag);
	sn_network_init(&net);
	if (sn_dataset_load(&ds, dir, NULL, &diag) != SN_OK ||
	    sn_network_build(&net, ds, NULL) != SN_OK) {
		fprintf(stderr, "fuzz_query: cannot load %s: %s\n", dir, sn_error_last());
		abort();
	}
	sn_diag_destroy(&diag);
	return 0;
}

static void check_body(const serve_response_t *r)
{
	char status[32];

	if (r->status == 500 && r->body == NULL)
		return;
	if (!r->body || r->len < 3 || r->body[0] != '{' || strlen(r->body) != r->len ||
	    strcmp(r->body + r->len - 2, "}\n"))
		abort();
	for (size_t i = 0; i + 1 < r->len; i++)
		if ((unsigned char)r->body[i] < 0x20 && r->body[i] != '\n')
			abort();
	snprintf(status, sizeof status, "\"status\": %u", r->status);
	if (r->status != 200 && !strstr(r->body, status))
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char query[MAX_QUERY + 1], buf[MAX_QUERY + 1];
	serve_args_t args;
	serve_response_t r;
	serve_api_t api;
	const char *path;

	if (size < 1 || size - 1 > MAX_QUERY || setup())
		return 0;
	path = paths[data[0] % NPATHS];
	memcpy(query, data + 1, size - 1);
	query[size - 1] = '\0';
	if (!serve_args_parse(&args, query, buf, sizeof buf))
		return 0;
	api.ds = ds;
	api.net = &net;
	api.year = sn_territories_latest_year(ds->territories);
	serve_api_answer(&r, &api, path, &args);
	if (r.status != 200 && r.status != 400 && r.status != 404 && r.status != 422 &&
	    r.status != 500)
		abort();
	if (!strcmp(path, "/api/nowhere") && r.status != 404)
		abort();
	check_body(&r);
	free(r.body);
	return 0;
}
