/* samnet serve: the what-if workbench's JSON API over HTTP (serve/serve.h). */
#include "config.h"

#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

#include "cli/commands.h"
#include "serve/serve.h"

static const cli_option_t options[] = {
	{ "port", 0, "N", "TCP port (default 8421; 0: any free port, printed)" },
	{ "listen", 0, "ADDR", "address to bind (default 127.0.0.1; others need the printed token)" },
	{ NULL, 0, NULL, NULL }
};

/* Waits for SIGINT or SIGTERM (blocked first so that the server threads never take them). */
static void wait_for_signal(const sigset_t *set)
{
	int sig;

	while (sigwait(set, &sig) != 0)
		;
}

static int run(cli_ctx_t *ctx)
{
	const char *listen = cli_opt(ctx, "listen");
	serve_options_t opts = { listen, 8421, NULL };
	serve_server_t *server;
	char token[33];
	unsigned port;
	long p = 8421;
	cli_data_t d;
	sigset_t set;
	sn_error_t err;
	int rc;

	if ((rc = cli_opt_long(ctx, "port", 0, 65535, &p)) != CLI_EXIT_OK)
		return rc;
	opts.port = (unsigned)p;
	if (!serve_is_loopback(listen)) {
		if ((err = serve_random_token(token)))
			return cli_fail(err);
		opts.token = token;
	}
	if ((rc = cli_data_load(&d, ctx, NULL)) != CLI_EXIT_OK)
		return rc;
	serve_api_t api = { d.ds, &d.net, d.year };
	sigemptyset(&set);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGTERM);
	pthread_sigmask(SIG_BLOCK, &set, NULL);
	if ((err = serve_start(&server, &port, &api, &opts))) {
		rc = err == SN_EINVAL ? cli_usage_error(ctx, "--%s", sn_error_last()) : cli_fail(err);
		cli_data_destroy(&d);
		return rc;
	}
	if (opts.token)
		cli_error("warning: --listen %s is reachable from other machines; every request "
			  "needs the token in the URL printed below", listen);
	printf("samnet serve: http://%s%s%s:%u/api/coalition?members=...%s%s\n",
	       strchr(listen ? listen : "", ':') ? "[" : "", listen ? listen : "127.0.0.1",
	       strchr(listen ? listen : "", ':') ? "]" : "", port, opts.token ? "&token=" : "",
	       opts.token ? opts.token : "");
	fflush(stdout);
	wait_for_signal(&set);
	serve_stop(server);
	cli_data_destroy(&d);
	return CLI_EXIT_OK;
}

const cli_command_t cmd_serve = {
	.name = "serve",
	.usage = "[OPTIONS] [DATASET]",
	.summary = "the what-if workbench's JSON API over HTTP",
	.description = "Serves the dataset read-only over HTTP until interrupted (Ctrl-C).\n"
		       "GET /api/coalition?members=ID,ID,...&rule=RULE answers a what-if: the\n"
		       "members' population share, whether the rule is met and each member's\n"
		       "Banzhaf and Shapley-Shubik index, the numbers of `samnet coalition` and\n"
		       "`samnet power` (players: the regions unless players=SEL; weight, quota\n"
		       "and rule as for power).  Also /api/actors, /api/coalitions,\n"
		       "/api/territories and /api/network (the network as export --format json).\n"
		       "Errors are JSON {\"error\": {\"status\", \"message\"}} with a 4xx status.\n"
		       "Binds 127.0.0.1 by default and answers only to Host localhost, 127.0.0.1\n"
		       "or [::1] (DNS rebinding) and same-origin requests; GET and HEAD only, no\n"
		       "request bodies, 32 connections (16 per client), 32 KiB per request.\n"
		       "--listen with another address prints a random token that every request\n"
		       "must carry as token=.",
	.options = options,
	.uses_dataset = true,
	.run = run,
};
