/*
 * The temporary files of the output module (cli/outfile.c) are removed on
 * SIGINT, SIGTERM and SIGHUP: a registry of their paths, emptied by the
 * signal handler before the process exits with 128 + the signal.
 */
#include "config.h"

#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/cli.h"
#include "cli/outfile.h"

/* ---- the registry of temporary files, emptied by the signal handler -------- */

enum { REGISTRY = 2 * CLI_MAX_FILES };

/* Slots hold malloc'd paths; a slot is written whole (one pointer) while the signals are blocked. */
static char *volatile registry[REGISTRY];
static volatile sig_atomic_t handlers_installed;

static void on_signal(int sig)
{
	for (size_t i = 0; i < REGISTRY; i++)
		if (registry[i])
			(void)unlink(registry[i]);
	_exit(128 + sig);
}

static const int cleanup_signals[] = { SIGINT, SIGTERM, SIGHUP };

void cli_signals_block(sigset_t *old)
{
	sigset_t set;

	sigemptyset(&set);
	for (size_t i = 0; i < sizeof cleanup_signals / sizeof *cleanup_signals; i++)
		sigaddset(&set, cleanup_signals[i]);
	sigprocmask(SIG_BLOCK, &set, old);
}

/* Installs the handler once, leaving alone a signal the shell set to be ignored (nohup). */
void cli_signals_install(void)
{
	if (handlers_installed)
		return;
	for (size_t i = 0; i < sizeof cleanup_signals / sizeof *cleanup_signals; i++) {
		struct sigaction sa, old;

		memset(&sa, 0, sizeof sa);
		sa.sa_handler = on_signal;
		sigfillset(&sa.sa_mask);
		if (sigaction(cleanup_signals[i], NULL, &old) == 0 && old.sa_handler != SIG_IGN)
			sigaction(cleanup_signals[i], &sa, NULL);
	}
	handlers_installed = 1;
}

int cli_temp_register(char *path)
{
	for (size_t i = 0; i < REGISTRY; i++)
		if (!registry[i]) {
			registry[i] = path;
			return 0;
		}
	return -1;
}

void cli_temp_unregister(const char *path)
{
	sigset_t old;

	cli_signals_block(&old);
	for (size_t i = 0; i < REGISTRY; i++)
		if (registry[i] == path)
			registry[i] = NULL;
	sigprocmask(SIG_SETMASK, &old, NULL);
}
