/* Diagnostics: every problem of an input, with its position. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "samnet/diag.h"

/* A screenful: beyond it, problems are counted, not kept. */
enum { DEFAULT_CAP = 100 };

void sn_diag_init(sn_diag_t *diag)
{
	memset(diag, 0, sizeof *diag);
	diag->cap = DEFAULT_CAP;
}

void sn_diag_destroy(sn_diag_t *diag)
{
	if (!diag)
		return;
	for (size_t i = 0; i < diag->count; i++) {
		free(diag->entries[i].file);
		free(diag->entries[i].message);
	}
	free(diag->entries);
	sn_diag_init(diag);
}

sn_error_t sn_diag_add(sn_diag_t *diag, sn_diag_level_t level, const char *file,
		       size_t line, size_t column, const char *fmt, ...)
{
	va_list ap;
	char buf[2048];

	if (level == SN_DIAG_ERROR)
		diag->errors++;
	else if (level == SN_DIAG_WARNING)
		diag->warnings++;
	if (diag->count >= diag->cap) {
		diag->dropped++;
		return SN_OK;
	}
	if (diag->count == diag->capacity) {
		size_t n = diag->capacity ? 2 * diag->capacity : 16;
		sn_diag_entry_t *e = realloc(diag->entries, n * sizeof *e);
		if (!e)
			return sn_error_set(SN_ENOMEM, "out of memory recording a diagnostic");
		diag->entries = e;
		diag->capacity = n;
	}
	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);

	sn_diag_entry_t *e = &diag->entries[diag->count];
	e->level = level;
	e->line = line;
	e->column = column;
	e->file = file ? strdup(file) : NULL;
	e->message = strdup(buf);
	if ((file && !e->file) || !e->message) {
		free(e->file);
		free(e->message);
		return sn_error_set(SN_ENOMEM, "out of memory recording a diagnostic");
	}
	diag->count++;
	return SN_OK;
}

bool sn_diag_has_errors(const sn_diag_t *diag)
{
	return diag->errors > 0;
}

char *sn_diag_format(const sn_diag_t *diag, size_t i)
{
	const sn_diag_entry_t *e = &diag->entries[i];
	static const char *const level_labels[] = { "", "warning: ", "note: " };
	char pos[64] = "";
	char *out = NULL;

	if (e->line && e->column)
		snprintf(pos, sizeof pos, ":%zu:%zu", e->line, e->column);
	else if (e->line)
		snprintf(pos, sizeof pos, ":%zu", e->line);
	if (asprintf(&out, "%s%s%s%s%s", e->file ? e->file : "", pos,
		     e->file ? ": " : "", level_labels[e->level], e->message) < 0)
		return NULL;
	return out;
}
