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

/* ---- cli/outfile_target.c and cli/outfile.c: targets and sets of files -- */

typedef enum {
	CLI_TARGET_NEW,          /* no such file: created atomically */
	CLI_TARGET_REPLACE,      /* a regular file, replaced atomically */
	CLI_TARGET_STREAM,       /* FIFO, character device or socket: written in place */
	CLI_TARGET_DESCRIPTOR,   /* an open descriptor (-, /dev/stdout, /dev/fd/N ...) */
	CLI_TARGET_REFUSED       /* anything else; `reason` says why */
} cli_target_kind_t;

typedef struct {
	cli_target_kind_t kind;
	char *path;          /* NEW, REPLACE: the file to rename onto (links resolved); STREAM: as given */
	int fd;              /* DESCRIPTOR: the descriptor; else -1 */
	bool socket;         /* STREAM: a socket, connected to rather than opened */
	unsigned mode;       /* REPLACE: the permission bits of the file replaced; else 0777 */
	char reason[160];    /* REFUSED: a phrase for "samnet: PATH: <reason>" */
} cli_target_t;

/*
 * Classifies `path` (NULL and "" are refused) by the rules of -o (cli/cli.h), looking at
 * the file system but changing nothing.  Returns t->kind; destroy `t` with
 * cli_target_destroy() whatever the kind.
 */
cli_target_kind_t cli_target_classify(cli_target_t *t, const char *path);
void cli_target_destroy(cli_target_t *t);

/*
 * The temporary name for `path`: ".BASE.tmp.XXXXXX" in the folder of `path`
 * (BASE cut to 200 bytes), the suffix drawn from `salt`.  NULL when `path` has no base name (ends in
 * "/" or is empty) or out of memory.  The caller frees.
 */
char *cli_temp_name(const char *path, unsigned long salt);

/* Files being written together: nothing is replaced unless all were written. */
typedef struct cli_outset cli_outset_t;

/*
 * Opens `paths[0..n)` (n <= CLI_MAX_FILES; borrowed until commit or abort)
 * for writing; fps_out[i] receives the stream of paths[i].  Every path is
 * classified before any file is created; a refused one prints
 * "samnet: PATH: reason" and fails the whole set.  Returns an exit code;
 * on success *out is the set, to be ended by cli_outset_commit() or
 * cli_outset_abort().
 */
int cli_outset_open(cli_outset_t **out, const char *const *paths, size_t n, FILE **fps_out);

/*
 * Flushes and closes every stream, then renames every temporary file into
 * place; after a write error nothing is renamed and the temporary files are
 * removed.  Frees `set`.  Returns an exit code (printing why).
 */
int cli_outset_commit(cli_outset_t *set);

/* Closes every stream and removes the temporary files.  Frees `set`; NULL is fine. */
void cli_outset_abort(cli_outset_t *set);

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
