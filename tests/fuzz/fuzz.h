/*
 * Shared by the fuzz harnesses (tests/fuzz/fuzz_*.c): temporary files, and
 * the entry point every harness defines.  A harness is built twice: with
 * libFuzzer (scripts/fuzz.sh) and, with tests/fuzz/replay.c as main(), as a
 * plain program that `make check` runs over the regression inputs.
 */
#ifndef SAMNET_TESTS_FUZZ_H
#define SAMNET_TESTS_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Writes data[0..size) to dir/name; 0 on success. */
static inline int fuzz_write(const char *dir, const char *name, const uint8_t *data, size_t size)
{
	char path[512];
	FILE *fp;

	snprintf(path, sizeof path, "%s/%s", dir, name);
	if (!(fp = fopen(path, "wb")))
		return -1;
	if (size && fwrite(data, 1, size, fp) != size) {
		fclose(fp);
		return -1;
	}
	return fclose(fp) == 0 ? 0 : -1;
}

/* Removes the files a harness wrote into dir, then dir. */
static inline void fuzz_cleanup(const char *dir, const char *const *names, size_t n)
{
	char path[512];

	for (size_t i = 0; i < n; i++) {
		snprintf(path, sizeof path, "%s/%s", dir, names[i]);
		unlink(path);
	}
	rmdir(dir);
}

#endif
