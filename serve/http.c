/* serve/http.c: the HTTP layer of `samnet serve` on libmicrohttpd (serve/serve.h). */
#include "config.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/socket.h>

#include <microhttpd.h>

#include "serve/serve.h"

/* Limits: open connections, per client, memory per connection (bounds the request), URL. */
#define SERVE_MAX_CONNECTIONS 32
#define SERVE_MAX_PER_IP 16
#define SERVE_CONNECTION_MEMORY (32 * 1024)
#define SERVE_TIMEOUT_SECONDS 10
#define SERVE_MAX_URL 4096

struct serve_server {
	struct MHD_Daemon *daemon;
	const serve_api_t *api;
	char *token;
	bool loopback;
	unsigned port;
};

bool serve_is_loopback(const char *addr)
{
	struct in_addr a4;
	struct in6_addr a6;

	if (!addr || !strcmp(addr, "localhost"))
		return true;
	if (inet_pton(AF_INET, addr, &a4) == 1)
		return (ntohl(a4.s_addr) >> 24) == 127;
	return inet_pton(AF_INET6, addr, &a6) == 1 && IN6_IS_ADDR_LOOPBACK(&a6);
}

sn_error_t serve_random_token(char buf[33])
{
	unsigned char raw[16];

	if (getrandom(raw, sizeof raw, 0) != (ssize_t)sizeof raw)
		return sn_error_set(SN_EIO, "no random bytes for the token");
	for (size_t i = 0; i < sizeof raw; i++)
		snprintf(buf + 2 * i, 3, "%02x", raw[i]);
	return SN_OK;
}

/*
 * Whether `host` (a Host header or an Origin's host part) names this server
 * as a loopback client would: localhost, 127.0.0.1 or [::1] at our port.
 * A DNS-rebinding page reaches us under its own name and is refused.
 */
static bool host_allowed(const serve_server_t *s, const char *host, size_t len)
{
	static const char *const names[] = { "localhost", "127.0.0.1", "[::1]" };
	char want[64];

	if (!s->loopback)
		return true;        /* the token guards a public address */
	for (size_t k = 0; k < sizeof names / sizeof *names; k++) {
		int n = snprintf(want, sizeof want, "%s:%u", names[k], s->port);
		if ((size_t)n == len && !strncasecmp(host, want, len))
			return true;
	}
	return false;
}

static enum MHD_Result send_body(struct MHD_Connection *c, unsigned status, char *body,
				 size_t len, const char *type)
{
	struct MHD_Response *r =
		MHD_create_response_from_buffer(len, body, MHD_RESPMEM_MUST_FREE);
	enum MHD_Result ret;

	if (!r) {
		free(body);
		return MHD_NO;
	}
	MHD_add_response_header(r, "Content-Type", type);
	MHD_add_response_header(r, "X-Content-Type-Options", "nosniff");
	MHD_add_response_header(r, "Cache-Control", "no-store");
	MHD_add_response_header(r, "Content-Security-Policy",
				"default-src 'self'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'");
	if (status == 405)
		MHD_add_response_header(r, "Allow", "GET, HEAD");
	ret = MHD_queue_response(c, status, r);
	MHD_destroy_response(r);
	return ret;
}

static enum MHD_Result send_error(struct MHD_Connection *c, unsigned status, const char *msg)
{
	char *body = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&body, &len);

	if (!f)
		return MHD_NO;
	/* The messages here are fixed ASCII without quotes: no escaping needed. */
	fprintf(f, "{\"error\": {\"status\": %u, \"message\": \"%s\"}}\n", status, msg);
	if (fclose(f))
		return MHD_NO;
	return send_body(c, status, body, len, "application/json");
}

/* One of the embedded files, or a JSON 404. */
static enum MHD_Result send_asset(struct MHD_Connection *c, const char *url)
{
	if (!strcmp(url, "/favicon.ico"))    /* no icon, and no 404 in the browser's console */
		return send_body(c, 204, NULL, 0, "image/x-icon");
	for (const serve_asset_t *a = serve_assets; a->path; a++)
		if (!strcmp(a->path, url)) {
			char *copy = malloc(a->len ? a->len : 1);
			if (!copy)
				return MHD_NO;
			memcpy(copy, a->data, a->len);
			return send_body(c, 200, copy, a->len, a->type);
		}
	return send_error(c, 404, "not found (the page is /, the API under /api/)");
}

static enum MHD_Result collect_arg(void *cls, enum MHD_ValueKind kind, const char *key,
				   const char *value)
{
	serve_args_t *a = cls;

	(void)kind;
	if (a->n == SERVE_MAX_ARGS) {
		a->overflow = true;
		return MHD_NO;
	}
	a->key[a->n] = key;
	a->value[a->n] = value ? value : "";
	a->n++;
	return MHD_YES;
}

/* The security checks; NULL when the request may pass, else the refusal's message. */
static const char *refusal(const serve_server_t *s, struct MHD_Connection *c, const char *url,
			   const char *method, unsigned *status)
{
	const char *host = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_HOST);
	const char *origin = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Origin");
	const char *token = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "token");

	*status = 403;
	if (strcmp(method, "GET") && strcmp(method, "HEAD")) {
		*status = 405;
		return "read-only: only GET and HEAD are served";
	}
	if (strlen(url) > SERVE_MAX_URL) {
		*status = 414;
		return "URL too long";
	}
	if (!host || !host_allowed(s, host, strlen(host)))
		return "Host header refused (samnet serve answers only to localhost)";
	if (origin) {
		const char *h = strncmp(origin, "http://", 7) ? NULL : origin + 7;
		if (!h || !host_allowed(s, h, strlen(h)))
			return "cross-origin request refused";
	}
	if (s->token && (!token || strcmp(token, s->token)))
		return "missing or wrong token (use the URL samnet serve printed)";
	return NULL;
}

static enum MHD_Result handle(void *cls, struct MHD_Connection *c, const char *url,
			      const char *method, const char *version, const char *upload,
			      size_t *upload_size, void **state)
{
	serve_server_t *s = cls;
	serve_args_t args = { 0 };
	serve_response_t r;
	const char *why;
	unsigned status;
	const char *length = MHD_lookup_connection_value(c, MHD_HEADER_KIND,
							 MHD_HTTP_HEADER_CONTENT_LENGTH);

	(void)version;
	(void)upload;
	(void)upload_size;
	(void)state;
	/* Answered on the first call, from the headers alone: a body is never read. */
	if ((why = refusal(s, c, url, method, &status)))
		return send_error(c, status, why);
	if ((length && strcmp(length, "0")) ||
	    MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_TRANSFER_ENCODING))
		return send_error(c, 413, "request bodies are not accepted");
	if (strcmp(url, "/api") && strncmp(url, "/api/", 5))
		return send_asset(c, url);
	MHD_get_connection_values(c, MHD_GET_ARGUMENT_KIND, collect_arg, &args);
	serve_api_answer(&r, s->api, url, &args);
	if (!r.body)
		return send_error(c, 500, "out of memory");
	return send_body(c, r.status, r.body, r.len, "application/json; charset=utf-8");
}

sn_error_t serve_start(serve_server_t **out, unsigned *port_out, const serve_api_t *api,
		       const serve_options_t *opts)
{
	const char *addr = opts->listen ? opts->listen : "127.0.0.1";
	struct sockaddr_storage ss = { 0 };
	struct sockaddr_in *in4 = (struct sockaddr_in *)&ss;
	struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)&ss;
	unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_AUTO;
	serve_server_t *s;
	const union MHD_DaemonInfo *info;

	*out = NULL;
	if (!strcmp(addr, "localhost"))
		addr = "127.0.0.1";
	if (opts->port > 65535)
		return sn_error_set(SN_EINVAL, "port %u: not a TCP port (0..65535)", opts->port);
	if (inet_pton(AF_INET, addr, &in4->sin_addr) == 1) {
		in4->sin_family = AF_INET;
		in4->sin_port = htons((uint16_t)opts->port);
	} else if (inet_pton(AF_INET6, addr, &in6->sin6_addr) == 1) {
		in6->sin6_family = AF_INET6;
		in6->sin6_port = htons((uint16_t)opts->port);
		flags |= MHD_USE_IPv6;
	} else
		return sn_error_set(SN_EINVAL, "listen: '%s' is not an IPv4 or IPv6 address", addr);
	if (!(s = calloc(1, sizeof *s)))
		return sn_error_set(SN_ENOMEM, "out of memory");
	s->api = api;
	s->loopback = serve_is_loopback(addr);
	if (opts->token && !(s->token = strdup(opts->token))) {
		free(s);
		return sn_error_set(SN_ENOMEM, "out of memory");
	}
	s->daemon = MHD_start_daemon(flags, (uint16_t)opts->port, NULL, NULL, handle, s,
				     MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&ss,
				     MHD_OPTION_CONNECTION_LIMIT, (unsigned)SERVE_MAX_CONNECTIONS,
				     MHD_OPTION_PER_IP_CONNECTION_LIMIT, (unsigned)SERVE_MAX_PER_IP,
				     MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)SERVE_CONNECTION_MEMORY,
				     MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)SERVE_TIMEOUT_SECONDS,
				     MHD_OPTION_END);
	if (!s->daemon) {
		free(s->token);
		free(s);
		return sn_error_set(SN_EIO, "cannot listen on %s port %u (in use, or not allowed)",
				    addr, opts->port);
	}
	info = MHD_get_daemon_info(s->daemon, MHD_DAEMON_INFO_BIND_PORT);
	s->port = info ? info->port : opts->port;
	*port_out = s->port;
	*out = s;
	return SN_OK;
}

void serve_stop(serve_server_t *s)
{
	if (!s)
		return;
	MHD_stop_daemon(s->daemon);
	free(s->token);
	free(s);
}
