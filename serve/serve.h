/*
 * serve/serve.h: `samnet serve`, the what-if workbench's HTTP server (issue 21).
 *
 * Two layers.  The API (serve/api.c) answers one request, given its path and
 * its decoded query arguments, with a status and a JSON body; it never
 * touches a socket, so tests and the fuzzer drive it directly.  The HTTP
 * layer (serve/http.c) runs libmicrohttpd and applies the security rules
 * before handing a request to the API.
 *
 * JSON API (every answer is application/json; errors are
 * {"error": {"status": N, "message": "..."}} with a 4xx status):
 *   GET /api/actors       {"actors": [{"id","name","type","territory","population"}]}
 *   GET /api/coalitions   {"coalitions": [{"name","members": [id...]}]}
 *   GET /api/territories  {"territories": [{"code","name","level","parent","population"}]}
 *   GET /api/network      the two-mode network, samnet export --format json
 *   GET /api/coalition?members=SEL&rule=RULE|quota=Q&players=SEL&weight=W
 *                     &indices=LIST&base=SEL
 *        members: ids and selectors as `samnet coalition --members`;
 *        players: as `samnet power --players` (default: the regions);
 *        weight, rule, quota: as `samnet power` (default: population, >50%);
 *        a rule may be a preset name (majority, qualified, double,
 *        unanimity: sn_rule_preset());
 *        indices: banzhaf, shapley or both (the default); shapley costs
 *        Monte Carlo sampling beyond 25 players, so a page with hundreds
 *        of players asks for banzhaf alone (exact);
 *        base: a base coalition to compare with (as members).
 *        {"members": [{"id","name","player","banzhaf","shapley_shubik","pivotal"}],
 *         "population", "population_share", "rule_met", "member_players",
 *         "banzhaf_share", "shapley_shubik_share", "rule", "weight",
 *         "players", "pivotal": [id...],
 *         "blocking": {"coalitions": [[id...]...], "size", "count" | null,
 *                      "examples"},
 *         "base": {"members": [id...], "population", "population_share",
 *                  "rule_met", "member_players", "banzhaf_share",
 *                  "shapley_shubik_share"} | null,
 *         "delta": {"population", "population_share", "banzhaf_share",
 *                   "shapley_shubik_share", "added": [id...],
 *                   "removed": [id...]} | null}
 *        banzhaf and shapley_shubik are the player's normalised Banzhaf and
 *        Shapley-Shubik indices over all players (null for a member that is
 *        not a player, or an index not asked for); rule_met says whether the
 *        members that are players win the game; a member is pivotal when the
 *        coalition wins and loses without it.  blocking lists the smallest
 *        blocking minorities of the players' game (the fewest players who,
 *        voting no, stop any decision).  size is exact at any number of
 *        players (sn_game_smallest_blocking()); when there are at most
 *        200 000 sets of that size they are all tried: count is their
 *        number and the first 10 are listed ("examples": false); beyond,
 *        count is null and up to 10 sets of that size are listed as
 *        "examples": true.
 *        delta is the coalition's figures minus the base's.  The numbers
 *        equal `samnet coalition` and `samnet power` for the same arguments.
 *   GET /api/ties?members=SEL
 *        members: as for /api/coalition.
 *        {"members": [{"id","name"}],
 *         "ties": [{"a": id, "b": id, "shared": N,
 *                   "projects": [{"id","name"}...]}]}
 *        one tie per pair of members (a before b in the members' order)
 *        sharing at least one project in memberships.csv
 *        (sn_dataset_shared_projects()); shared is the count weight of
 *        their tie in the actor projection.  O(members^2 * memberships).
 *
 * Lifetime: the API borrows the dataset and network for its whole life.
 */
#ifndef SAMNET_SERVE_H
#define SAMNET_SERVE_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include "samnet/advanced.h"

/* The decoded query arguments of a request (the first value of each key wins). */
#define SERVE_MAX_ARGS 16
typedef struct {
	size_t n;
	const char *key[SERVE_MAX_ARGS];
	const char *value[SERVE_MAX_ARGS];
	bool overflow;              /* more than SERVE_MAX_ARGS arguments were given */
} serve_args_t;

/* The value of `key` in `a`, NULL when absent. */
const char *serve_arg(const serve_args_t *a, const char *key);

/*
 * Splits a raw query string "k=v&k2=v2" (percent-decoding, '+' as space)
 * into `a`, copying the text into `buf` (`size` bytes).  Returns false when
 * the text does not fit, has a bad escape (%zz, %00) or too many arguments.
 * For tests and the fuzzer; the HTTP layer gets decoded arguments from
 * libmicrohttpd.
 */
bool serve_args_parse(serve_args_t *a, const char *query, char *buf, size_t size);

typedef struct {
	const sn_dataset_t *ds;
	const sn_network_t *net;
	int year;
} serve_api_t;

/* A response: the HTTP status and a malloc'd JSON body (the caller frees). */
typedef struct {
	unsigned status;
	char *body;
	size_t len;
} serve_response_t;

/*
 * Answers GET `path` with arguments `args`.  Always fills `out` (status 200,
 * 400 for bad arguments, 404 for an unknown path, 422 when the data cannot
 * answer, 500 when out of memory: body NULL then).  Never prints.
 */
void serve_api_answer(serve_response_t *out, const serve_api_t *api, const char *path,
		      const serve_args_t *args);

/* ---- inside the API (serve/api.c, serve/api_coalition.c, serve/json.c) ---------------- */

/* `s` as a JSON string ("" for NULL): quotes, backslashes and control characters escaped. */
void serve_json_str(FILE *f, const char *s);
/* `, "key": ` and the string `s`, or null when `s` is NULL. */
void serve_json_field_str(FILE *f, const char *key, const char *s);
/* `, "key": ` and the integer `x`, or null when `known` is false. */
void serve_json_field_int(FILE *f, const char *key, bool known, int64_t x);
/* A number with 17 significant digits (round-trips a double), null when not finite. */
void serve_json_real(FILE *f, double x);

/* The HTTP status for a library error: 400 bad arguments, 422 data that cannot answer, 500. */
unsigned serve_error_status(sn_error_t err);

/* GET /api/coalition: writes the JSON body to `f`, or returns the error (message set). */
sn_error_t serve_coalition(FILE *f, const serve_api_t *api, const serve_args_t *args);
/* GET /api/ties: the same. */
sn_error_t serve_ties(FILE *f, const serve_api_t *api, const serve_args_t *args);

/*
 * The page's files, embedded (serve/assets.c, generated by
 * scripts/serve_assets.py from serve/assets/): "/" is index.html.  The
 * array ends with a NULL path.
 */
typedef struct {
	const char *path;
	const char *type;
	const unsigned char *data;
	size_t len;
} serve_asset_t;
extern const serve_asset_t serve_assets[];

/* Options of the HTTP server. */
typedef struct {
	const char *listen;         /* address to bind; NULL: 127.0.0.1 */
	unsigned port;              /* 0: any free port */
	const char *token;          /* required as ?token= when not NULL */
} serve_options_t;

typedef struct serve_server serve_server_t;

/*
 * Starts serving `api` (borrowed) in a background thread.  *port_out
 * receives the bound port.  Errors: SN_EINVAL for a bad address, SN_EIO
 * when binding fails (message says why), SN_ENOMEM.
 */
sn_error_t serve_start(serve_server_t **out, unsigned *port_out, const serve_api_t *api,
		       const serve_options_t *opts);
/* Stops and frees; NULL is fine. */
void serve_stop(serve_server_t *s);

/* True when `addr` is a loopback address (127.0.0.0/8, ::1, localhost). */
bool serve_is_loopback(const char *addr);

/* A fresh random token of 32 hex digits into buf (33 bytes).  SN_EIO on failure. */
sn_error_t serve_random_token(char buf[33]);

#endif
