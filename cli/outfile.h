/*
 * cli/outfile.h: the parts of the output module (cli/outfile*.c) that its
 * files share; the module's interface is the "output files" section of
 * cli/cli.h.
 */
#ifndef SAMNET_CLI_OUTFILE_H
#define SAMNET_CLI_OUTFILE_H

#include <signal.h>
#include <stdbool.h>
#include <stdio.h>

#include "cli/cli.h"

/* ---- cli/outfile_signal.c: temporary files removed on a signal ----------- */

/* Installs the handler of SIGINT, SIGTERM and SIGHUP once (a signal set to be ignored stays so). */
void cli_signals_install(void);

/* Blocks those signals, the previous mask in `old` (restore it with sigprocmask). */
void cli_signals_block(sigset_t *old);

/* Registers the temporary file `path` (borrowed until unregistered); -1 when the registry is full. */
int cli_temp_register(char *path);
void cli_temp_unregister(const char *path);

/* ---- cli/outfile_target.c ------------------------------------------------ */

/* N of "/dev/fd/N", "/proc/self/fd/N", 1 for "-" and "/dev/stdout", 2 for "/dev/stderr"; else -1. */
int cli_path_descriptor(const char *path);

/*
 * Opens a STREAM or DESCRIPTOR target for writing: *fp is standard output
 * itself for descriptor 1 (*own false), else a stream of its own (*own
 * true).  Prints why and returns CLI_EXIT_IO when it cannot.
 */
int cli_target_open(const cli_target_t *t, const char *shown, FILE **fp, bool *own);

#endif
