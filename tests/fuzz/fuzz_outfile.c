/*
 * Fuzz harness of the output module of the samnet command (cli/outfile*.c):
 * the classification of an -o path, the temporary name beside it, the
 * same-file check, and writing through it.  The input builds a small file
 * tree in a private sandbox folder and then names a path:
 *
 *   byte 0          number of entries, 0..6 (mod 7)
 *   2 bytes each    entry i, named "a", "b", ...: a kind and a parameter
 *                   (regular file with a mode and owner, FIFO, folder,
 *                   symbolic link to one of several targets, hard link,
 *                   socket, folder holding a file, link to a folder)
 *   the rest        the path, up to the first NUL, relative to the sandbox
 *
 * Every result is checked against lstat(2)/stat(2), the rules of cli.h, and
 * the file system after the write: a refused target is untouched, a link
 * stays a link, no temporary file is left, the registry of temporary files
 * is empty again.  A broken rule aborts (a finding).  Writes happen only
 * inside the sandbox and to /dev/null and /dev/full.
 */
#include "cli/outfile.c"
#include "cli/outfile_signal.c"
#include "cli/outfile_target.c"

#include <ftw.h>

#include "tests/fuzz/fuzz.h"

/* The CLI's message printer; the harness keeps the messages quiet. */
void cli_error(const char *fmt, ...)
{
	(void)fmt;
}

/* The CLI's library-error printer (cli/options.c), quiet too; the harness writes no dataset. */
int cli_fail(sn_error_t err)
{
	(void)err;
	return CLI_EXIT_FAILURE;
}

static char sandbox[PATH_MAX];

static void check(bool ok, const char *what)
{
	if (!ok) {
		fprintf(stderr, "fuzz_outfile: broken rule: %s\n", what);
		abort();
	}
}

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st;
	(void)flag;
	if (ftw->level > 0)
		(void)remove(path);
	return 0;
}

static void empty_sandbox(void)
{
	/* Entries may have lost their write permission; the folder itself stays. */
	(void)nftw(sandbox, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
}

static void make_socket(const char *name)
{
	struct sockaddr_un addr = { .sun_family = AF_UNIX };
	int fd = socket(AF_UNIX, SOCK_STREAM, 0);

	if (fd < 0)
		return;
	snprintf(addr.sun_path, sizeof addr.sun_path, "%s", name);
	(void)bind(fd, (struct sockaddr *)&addr, sizeof addr);
	close(fd);
}

/* Builds entry `i` from (kind, param). */
static void make_entry(size_t i, uint8_t kind, uint8_t param)
{
	static const mode_t modes[] = { 0644, 0444, 0600, 04755, 0200, 0, 02666, 01777 };
	static const char *const targets[] = { "a", "b", "c", "d", "e", "f", "/dev/null", "/dev/full",
					       "nowhere", "a/x", "/", ".", "..", "../outside" };
	char name[2] = { (char)('a' + i), '\0' };
	char other[2] = { (char)('a' + param % 6), '\0' };

	switch (kind % 8) {
	case 0:
		if (fuzz_write(".", name, (const uint8_t *)"old\n", 4) == 0) {
			(void)chmod(name, modes[param % 8]);
			if (param & 0x80)
				(void)chown(name, 12345, 12345);
		}
		break;
	case 1:
		(void)mkfifo(name, 0644);
		break;
	case 2:
		(void)mkdir(name, 0755);
		break;
	case 3:
		(void)symlink(targets[param % (sizeof targets / sizeof *targets)], name);
		break;
	case 4:
		(void)link(other, name);
		break;
	case 5:
		make_socket(name);
		break;
	case 6:
		if (mkdir(name, 0755) == 0) {
			char file[8];
			snprintf(file, sizeof file, "%s/x", name);
			(void)fuzz_write(".", file, (const uint8_t *)"old\n", 4);
		}
		break;
	default:
		if (mkdir(name, 0755) == 0) {
			char link_name[8];
			snprintf(link_name, sizeof link_name, "%s%s", name, "l");
			(void)symlink(name, link_name);
		}
		break;
	}
}

/* True when `path`'s folder resolves inside the sandbox. */
static bool folder_inside(const char *path)
{
	char *copy = strdup(path), *slash, *real;
	bool inside = false;

	if (!copy)
		return false;
	slash = strrchr(copy, '/');
	if (slash)
		*(slash == copy ? slash + 1 : slash) = '\0';
	real = realpath(slash ? copy : ".", NULL);
	if (real) {
		size_t n = strlen(sandbox);
		inside = strncmp(real, sandbox, n) == 0 && (real[n] == '\0' || real[n] == '/');
	}
	free(real);
	free(copy);
	return inside;
}

/* True when `path` itself, links followed, is inside the sandbox. */
static bool resolves_inside(const char *path)
{
	char *real = realpath(path, NULL);
	bool inside = real && folder_inside(real);

	free(real);
	return inside;
}

static bool same_file(const struct stat *a, const char *path)
{
	struct stat b;

	return stat(path, &b) == 0 && a->st_dev == b.st_dev && a->st_ino == b.st_ino;
}

static bool is_dev(const struct stat *st, const char *dev)
{
	return same_file(st, dev);
}

/* The sandbox's entries, to tell a file left behind from the target. */
enum { MAX_LISTED = 64 };
static char *listed[MAX_LISTED];
static size_t nlisted;

static int list_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st;
	(void)flag;
	if (ftw->level > 0 && nlisted < MAX_LISTED)
		listed[nlisted++] = strdup(path);
	return 0;
}

static void list_clear(void)
{
	while (nlisted)
		free(listed[--nlisted]);
}

static bool was_listed(const char *path, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (listed[i] && strcmp(listed[i], path) == 0)
			return true;
	return false;
}

/* After a write, every entry is one of before's, or the target the write created. */
static void check_nothing_left(size_t before, const char *target)
{
	char *real = target ? realpath(target, NULL) : NULL;
	size_t n = nlisted;

	(void)nftw(sandbox, list_entry, 16, FTW_PHYS);
	for (size_t i = n; i < nlisted; i++)
		check(was_listed(listed[i], before) || (real && strcmp(listed[i], real) == 0),
		      "no file is left behind but the target");
	free(real);
}

static int write_payload(FILE *fp, const void *arg)
{
	(void)arg;
	fputs("new\n", fp);
	return CLI_EXIT_OK;
}

/* The rules of cli_target_classify() against lstat(2) and stat(2). */
static void check_classification(const char *path, const cli_target_t *t)
{
	struct stat lst, st;
	bool exists = lstat(path, &lst) == 0;
	int lstat_errno = errno;
	bool follows = stat(path, &st) == 0;
	int stat_errno = errno;

	if (!*path)
		check(t->kind == CLI_TARGET_REFUSED, "an empty name is refused");
	if (t->kind == CLI_TARGET_DESCRIPTOR) {
		check(t->fd >= 0 && fcntl(t->fd, F_GETFL) >= 0, "a descriptor target is open");
		return;
	}
	if (follows && S_ISDIR(st.st_mode))
		check(t->kind == CLI_TARGET_REFUSED, "a folder is refused");
	if (follows && S_ISBLK(st.st_mode))
		check(t->kind == CLI_TARGET_REFUSED, "a block device is refused");
	if (t->kind == CLI_TARGET_NEW)
		check(!exists && lstat_errno == ENOENT && path[strlen(path) - 1] != '/', "NEW names nothing");
	if (t->kind == CLI_TARGET_STREAM)
		check(follows && (S_ISFIFO(st.st_mode) || S_ISCHR(st.st_mode) || S_ISSOCK(st.st_mode)),
		      "STREAM is a FIFO, device or socket");
	if (t->kind == CLI_TARGET_REPLACE) {
		check(follows && S_ISREG(st.st_mode) && st.st_uid == geteuid() &&
		      (st.st_mode & S_IWUSR), "REPLACE is the user's own writable regular file");
		check(same_file(&st, t->path), "REPLACE renames onto the file the path names");
		check(t->mode == (st.st_mode & 0777u), "REPLACE keeps the old permission bits");
	}
	if (follows && S_ISREG(st.st_mode) && st.st_uid == geteuid() && (st.st_mode & S_IWUSR) &&
	    path[strlen(path) - 1] != '/' && access(path, W_OK) == 0)
		check(t->kind == CLI_TARGET_REPLACE, "the user's own writable file is replaced");
	if (follows && S_ISREG(st.st_mode) && (st.st_uid != geteuid() || !(st.st_mode & S_IWUSR)))
		check(t->kind == CLI_TARGET_REFUSED, "another user's or a read-only file is refused");
	if (exists && S_ISLNK(lst.st_mode) && !follows && stat_errno == ENOENT)
		check(t->kind == CLI_TARGET_REFUSED, "a dangling link is refused");
}

/* The temporary name: beside the target, hidden, never the target itself. */
static void check_temp_name(const char *path)
{
	char *tmp = cli_temp_name(path, 123456789ul);
	const char *slash = strrchr(path, '/');
	size_t dirlen = slash ? (size_t)(slash - path) + 1 : 0;

	if (!path[dirlen]) {
		check(tmp == NULL, "no temporary name without a base name");
		return;
	}
	check(tmp != NULL, "a temporary name");
	check(strncmp(tmp, path, dirlen) == 0 && !strchr(tmp + dirlen, '/'),
	      "the temporary file is in the target's folder");
	check(tmp[dirlen] == '.' && strstr(tmp + dirlen, ".tmp.") && strcmp(tmp, path) != 0,
	      "the temporary name is hidden, marked and differs from the target");
	free(tmp);
}

/* The same-file check against the oracle, for the path and each entry. */
static void check_refuse_inputs(const char *path)
{
	static const char *const inputs[] = { "a", "b", "c", "d", "e", "f" };
	struct stat so;
	bool same = false;

	if (cli_path_descriptor(path) < 0 && stat(path, &so) == 0)
		for (size_t i = 0; i < 6; i++)
			same = same || same_file(&so, inputs[i]);
	check((cli_refuse_inputs(&path, 1, inputs, 6) == CLI_EXIT_USAGE) == same,
	      "an output is refused exactly when it is an input");
}

/* Writes through the module when that stays inside the sandbox, and checks the result. */
static void check_write(const char *path, const cli_target_t *t)
{
	struct stat before, after, st;
	bool had = lstat(path, &before) == 0;
	bool link = had && S_ISLNK(before.st_mode);
	int reader = -1, rc;

	switch (t->kind) {
	case CLI_TARGET_NEW:
	case CLI_TARGET_REPLACE:
		if (!folder_inside(t->path))
			return;
		break;
	case CLI_TARGET_STREAM:
		if (stat(path, &st) != 0)
			return;
		if ((S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode)) && !resolves_inside(path))
			return;
		if (S_ISFIFO(st.st_mode))
			reader = open(path, O_RDONLY | O_NONBLOCK);  /* so that the writer does not block */
		else if (!S_ISSOCK(st.st_mode) && !is_dev(&st, "/dev/null") && !is_dev(&st, "/dev/full"))
			return;
		if (S_ISFIFO(st.st_mode) && reader < 0)
			return;
		break;
	case CLI_TARGET_REFUSED:
		break;
	case CLI_TARGET_DESCRIPTOR:
		return;
	}
	list_clear();
	(void)nftw(sandbox, list_entry, 16, FTW_PHYS);
	size_t before_n = nlisted;
	rc = cli_write_file(path, write_payload, NULL);
	if (reader >= 0)
		close(reader);
	for (size_t i = 0; i < REGISTRY; i++)
		check(registry[i] == NULL, "the registry of temporary files is empty after a write");
	check_nothing_left(before_n, rc == CLI_EXIT_OK && t->kind == CLI_TARGET_NEW ? t->path : NULL);
	list_clear();
	if (t->kind == CLI_TARGET_REFUSED) {
		check(rc != CLI_EXIT_OK, "a refused target fails");
		if (had)
			check(lstat(path, &after) == 0 && after.st_ino == before.st_ino &&
			      after.st_mode == before.st_mode && after.st_size == before.st_size &&
			      after.st_uid == before.st_uid, "a refused target is untouched");
		else
			check(lstat(path, &after) != 0, "a refused name is not created");
		return;
	}
	if (had)
		check(lstat(path, &after) == 0 && (after.st_mode & S_IFMT) == (before.st_mode & S_IFMT),
		      "the target keeps its kind (a link stays a link, a FIFO a FIFO)");
	if (link && t->kind == CLI_TARGET_STREAM)
		check(after.st_ino == before.st_ino, "a link to a stream is not replaced");
	if (rc == CLI_EXIT_OK && (t->kind == CLI_TARGET_NEW || t->kind == CLI_TARGET_REPLACE)) {
		char buf[8] = "";
		FILE *fp = fopen(t->path, "rb");
		size_t n = fp ? fread(buf, 1, sizeof buf - 1, fp) : 0;

		if (fp)
			fclose(fp);
		check(n == 4 && memcmp(buf, "new\n", 4) == 0, "the target holds what was written");
		check(stat(t->path, &st) == 0 && !(st.st_mode & 07000), "no setuid, setgid or sticky bit");
		if (t->kind == CLI_TARGET_REPLACE)
			check(!(st.st_mode & 0777 & ~t->mode), "a replaced file gains no permission");
	}
}

static void check_path(const char *path)
{
	cli_target_t t;

	cli_target_classify(&t, path);
	check_classification(path, &t);
	check_temp_name(path);
	check_refuse_inputs(path);
	check_write(path, &t);
	cli_target_destroy(&t);
}

static void remove_sandbox(void)
{
	empty_sandbox();
	(void)rmdir(sandbox);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t n, off;
	char *path;

	if (!sandbox[0]) {
		/* tmpfs where there is one: fsync on a disk would slow the run a hundredfold. */
		char tmpl[] = "/dev/shm/fuzz_outfile.XXXXXX", alt[] = "/tmp/fuzz_outfile.XXXXXX";
		char *dir = mkdtemp(tmpl) ? tmpl : mkdtemp(alt);
		if (!dir || !realpath(dir, sandbox))
			abort();
		atexit(remove_sandbox);
		umask(022);
	}
	empty_sandbox();
	if (size < 1)
		return 0;
	/* The input's names are relative to the sandbox; the caller's folder is restored. */
	int cwd = open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (cwd < 0 || chdir(sandbox) != 0)
		abort();
	n = data[0] % 7;
	off = 1;
	for (size_t i = 0; i < n && off + 1 < size; i++, off += 2)
		make_entry(i, data[off], data[off + 1]);
	if ((path = strndup((const char *)data + off, size - off)))
		check_path(path);
	free(path);
	if (fchdir(cwd) != 0)
		abort();
	close(cwd);
	return 0;
}

