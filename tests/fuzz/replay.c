/*
 * A plain main() for a fuzz harness: replays files through
 * LLVMFuzzerTestOneInput() without libFuzzer, so that `make check` (and the
 * ASan build, and valgrind) run every regression input and the seed corpus.
 * Arguments are files or folders; without any, the folders
 * $srcdir/tests/fuzz-regressions/TARGET and $srcdir/tests/fuzz/corpus/TARGET
 * are replayed (TARGET is set when the program is built).  Exits 0 when
 * every input ran (a crash ends the program), 1 when nothing could be read.
 */
#include "config.h"

#include <dirent.h>
#include <sys/stat.h>

#include "samnet/advanced.h"
#include "tests/fuzz/fuzz.h"

static int replay_file(const char *path)
{
	FILE *fp = fopen(path, "rb");
	uint8_t *buf = NULL;
	size_t len = 0, cap = 0, n;

	if (!fp)
		return -1;
	do {
		if (len == cap) {
			uint8_t *b = realloc(buf, cap = cap ? 2 * cap : 4096);
			if (!b) {
				free(buf);
				fclose(fp);
				return -1;
			}
			buf = b;
		}
		n = fread(buf + len, 1, cap - len, fp);
		len += n;
	} while (n > 0);
	fclose(fp);
	LLVMFuzzerTestOneInput(buf, len);
	free(buf);
	return 0;
}

/* Replays a file, or every regular file of a folder; returns the count or -1. */
static long replay(const char *path)
{
	struct stat st;
	long count = 0;

	if (stat(path, &st) != 0)
		return -1;
	if (!S_ISDIR(st.st_mode))
		return replay_file(path) == 0 ? 1 : -1;
	DIR *d = opendir(path);
	if (!d)
		return -1;
	for (struct dirent *e; (e = readdir(d));) {
		char full[4096];
		if (e->d_name[0] == '.')
			continue;
		snprintf(full, sizeof full, "%s/%s", path, e->d_name);
		if (stat(full, &st) == 0 && S_ISREG(st.st_mode) && replay_file(full) == 0)
			count++;
	}
	closedir(d);
	return count;
}

int main(int argc, char **argv)
{
	long total = 0;
	bool failed = false;

	sn_setup();
	if (argc > 1) {
		for (int i = 1; i < argc; i++) {
			long n = replay(argv[i]);
			failed = failed || n < 0;
			total += n > 0 ? n : 0;
		}
	} else {
		const char *srcdir = getenv("srcdir") ? getenv("srcdir") : ".";
		const char *kinds[] = { "tests/fuzz-regressions", "tests/fuzz/corpus" };
		for (int k = 0; k < 2; k++) {
			char dir[4096];
			snprintf(dir, sizeof dir, "%s/%s/%s", srcdir, kinds[k], FUZZ_TARGET);
			long n = replay(dir);
			total += n > 0 ? n : 0;
		}
		failed = total == 0;
	}
	printf("%s: replayed %ld input%s\n", FUZZ_TARGET, total, total == 1 ? "" : "s");
	return failed ? 1 : 0;
}
