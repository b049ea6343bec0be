/* Byte sources of the importers: a plain file or a member of a zip archive (libzip). */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <zip.h>

#include "import/import_private.h"

struct sn__src {
	FILE *fp;
	zip_t *zip;
	zip_file_t *zf;
	char *label;     /* "ZIP:MEMBER" or the path */
};

sn_error_t sn__src_file(sn__src_t **out, const char *path)
{
	sn__src_t *s = calloc(1, sizeof *s);
	struct stat st;

	*out = NULL;
	if (!s || !(s->label = strdup(path))) {
		free(s);
		return sn_error_set(SN_ENOMEM, "out of memory");
	}
	if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
		sn__src_free(s);
		return sn_error_set(SN_EIO, "%s: is a folder", path);
	}
	if (!(s->fp = fopen(path, "rb"))) {
		int e = errno;
		sn__src_free(s);
		return sn_error_set(SN_EIO, "%s: %s", path, strerror(e));
	}
	*out = s;
	return SN_OK;
}

/* The index of the member named `member` or ".../member", or -1. */
static zip_int64_t find_member(zip_t *zip, const char *member)
{
	zip_int64_t n = zip_get_num_entries(zip, 0);
	size_t k = strlen(member);

	for (zip_int64_t i = 0; i < n; i++) {
		const char *name = zip_get_name(zip, (zip_uint64_t)i, 0);
		size_t len = name ? strlen(name) : 0;
		if (name && (strcmp(name, member) == 0 ||
			     (len > k && name[len - k - 1] == '/' && strcmp(name + len - k, member) == 0)))
			return i;
	}
	return -1;
}

sn_error_t sn__src_zip(sn__src_t **out, const char *zip_path, const char *member)
{
	sn__src_t *s = calloc(1, sizeof *s);
	int zerr = 0;
	zip_int64_t idx;

	*out = NULL;
	if (!s || asprintf(&s->label, "%s:%s", zip_path, member) < 0) {
		free(s);
		return sn_error_set(SN_ENOMEM, "out of memory");
	}
	if (!(s->zip = zip_open(zip_path, ZIP_RDONLY | ZIP_CHECKCONS, &zerr))) {
		zip_error_t ze;
		zip_error_init_with_code(&ze, zerr);
		sn_error_set(SN_EIO, "%s: not a readable zip archive (%s)", zip_path, zip_error_strerror(&ze));
		zip_error_fini(&ze);
		sn__src_free(s);
		return SN_EIO;
	}
	if ((idx = find_member(s->zip, member)) < 0) {
		sn__src_free(s);
		return sn_error_set(SN_EIO, "%s: no member named %s", zip_path, member);
	}
	if (!(s->zf = zip_fopen_index(s->zip, (zip_uint64_t)idx, 0))) {
		sn_error_set(SN_EIO, "%s: cannot open %s (%s)", zip_path, member, zip_strerror(s->zip));
		sn__src_free(s);
		return SN_EIO;
	}
	*out = s;
	return SN_OK;
}

long sn__src_read(sn__src_t *s, char *buf, size_t n)
{
	if (s->fp) {
		size_t got = fread(buf, 1, n, s->fp);
		if (got == 0 && ferror(s->fp)) {
			sn_error_set(SN_EIO, "%s: read error: %s", s->label, strerror(errno));
			return -1;
		}
		return (long)got;
	}
	zip_int64_t got = zip_fread(s->zf, buf, n);
	if (got < 0) {
		sn_error_set(SN_EIO, "%s: damaged or truncated archive member (%s)", s->label,
			     zip_file_strerror(s->zf));
		return -1;
	}
	return (long)got;
}

void sn__src_free(sn__src_t *s)
{
	if (!s)
		return;
	if (s->fp)
		fclose(s->fp);
	if (s->zf)
		zip_fclose(s->zf);
	if (s->zip)
		zip_discard(s->zip);
	free(s->label);
	free(s);
}
