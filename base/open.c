/* Opening a dataset in one call: the bundled data folder and a text of diagnostics. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "samnet/open.h"

static bool is_dir(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

const char *sn_bundled_data_dir(void)
{
	const char *env = getenv("SAMNET_DATA");

	if (env && env[0])
		return env;
	/* Installed data first; an uninstalled build falls back on its source tree. */
	return is_dir(SN_PKGDATADIR "/sweden") ? SN_PKGDATADIR : SN_SRCDATADIR;
}

/* Appends `line` and a newline to the growing text *buf (*len bytes used). */
static sn_error_t append_line(char **buf, size_t *len, const char *line)
{
	size_t n = strlen(line);
	char *grown = realloc(*buf, *len + n + 2);

	if (!grown)
		return sn_error_set(SN_ENOMEM, "out of memory");
	memcpy(grown + *len, line, n);
	grown[*len + n] = '\n';
	grown[*len + n + 1] = '\0';
	*buf = grown;
	*len += n + 1;
	return SN_OK;
}

/* Every diagnostic of `diag` as text, one per line; NULL when there is none. */
static sn_error_t diag_text(char **out, const sn_diag_t *diag)
{
	char *buf = NULL;
	size_t len = 0;
	char tail[64];

	*out = NULL;
	for (size_t i = 0; i < diag->count; i++) {
		char *line = sn_diag_format(diag, i);
		sn_error_t err = line ? append_line(&buf, &len, line)
				      : sn_error_set(SN_ENOMEM, "out of memory");
		free(line);
		if (err != SN_OK) {
			free(buf);
			return err;
		}
	}
	if (diag->dropped) {
		snprintf(tail, sizeof tail, "and %zu more problem%s", diag->dropped,
			 diag->dropped == 1 ? "" : "s");
		if (append_line(&buf, &len, tail) != SN_OK) {
			free(buf);
			return SN_ENOMEM;
		}
	}
	*out = buf;
	return SN_OK;
}

sn_error_t sn_dataset_open(sn_dataset_t **out, const char *dir, char **errors)
{
	const char *data = sn_bundled_data_dir();
	size_t n = strlen(data) + sizeof "/sweden/territories.csv";
	char *bundled = malloc(n), *territories = malloc(n);
	sn_dataset_options_t opts = { SN_TABLE_OPTIONS_INIT, NULL };
	sn_diag_t diag;
	sn_error_t err, text_err = SN_OK;
	char *message = NULL;

	*out = NULL;
	if (errors)
		*errors = NULL;
	if (!bundled || !territories) {
		free(bundled);
		free(territories);
		return sn_error_set(SN_ENOMEM, "out of memory");
	}
	snprintf(bundled, n, "%s/sweden", data);
	snprintf(territories, n, "%s/sweden/territories.csv", data);
	opts.default_territories = territories;
	sn_diag_init(&diag);
	err = sn_dataset_load(out, dir ? dir : bundled, &opts, &diag);
	if (err != SN_OK)
		message = strdup(sn_error_last());   /* diag_text may overwrite it */
	if (errors) {
		text_err = diag_text(errors, &diag);
		if (text_err == SN_OK && !*errors && err != SN_OK && message)
			*errors = strdup(message);
	}
	sn_diag_destroy(&diag);
	free(bundled);
	free(territories);
	if (err == SN_OK && text_err != SN_OK) {
		sn_dataset_free(*out);
		*out = NULL;
		err = text_err;
	} else if (err != SN_OK)
		sn_error_set(err, "%s", message ? message : sn_error_name(err));
	free(message);
	return err;
}

int sn_dataset_default_year(const sn_dataset_t *ds)
{
	return sn_territories_latest_year(ds->territories);
}
