/*
 * Lookups in a dataset that help a mistyped name along: actors by id or
 * name, did-you-mean phrases for actors, coalitions and territory codes,
 * and the leading zeros a spreadsheet drops from county and kommun codes
 * (samnet/suggest.h).
 */
#include "config.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "samnet/suggest.h"

enum { MAX_SUGGESTIONS = 3 };

/* Candidates 0..n) are actor ids, n..2n) actor names. */
static const char *actor_id_or_name(const void *arg, size_t i)
{
	const sn_dataset_t *ds = arg;

	return i < ds->nactors ? ds->actors[i].id : ds->actors[i - ds->nactors].name;
}

char *sn_dataset_suggest_actor(const sn_dataset_t *ds, const char *query, char *buf,
			       size_t size)
{
	size_t found[2 * MAX_SUGGESTIONS], n, used = 0, shown = 0, actors[MAX_SUGGESTIONS];

	buf[0] = '\0';
	n = sn_suggest(found, 2 * MAX_SUGGESTIONS, query, actor_id_or_name, ds, 2 * ds->nactors);
	/* An actor matched by both id and name is named once. */
	for (size_t k = 0; k < n && shown < MAX_SUGGESTIONS; k++) {
		size_t a = found[k] % ds->nactors;
		bool dup = false;
		for (size_t j = 0; j < shown; j++)
			dup |= actors[j] == a;
		if (!dup)
			actors[shown++] = a;
	}
	for (size_t k = 0; k < shown && used < size; k++) {
		int w = snprintf(buf + used, size - used, "%s'%s' (%s)%s",
				 k == 0 ? "; did you mean " : k + 1 == shown ? " or " : ", ",
				 ds->actors[actors[k]].id, ds->actors[actors[k]].name,
				 k + 1 == shown ? "?" : "");
		used += w > 0 ? (size_t)w : 0;
	}
	return buf;
}

static const char *coalition_name(const void *arg, size_t i)
{
	return ((const sn_dataset_t *)arg)->coalitions[i].name;
}

char *sn_dataset_suggest_coalition(const sn_dataset_t *ds, const char *query, char *buf,
				   size_t size)
{
	size_t found[MAX_SUGGESTIONS];
	const char *names[MAX_SUGGESTIONS];
	size_t n = sn_suggest(found, MAX_SUGGESTIONS, query, coalition_name, ds, ds->ncoalitions);

	for (size_t k = 0; k < n; k++)
		names[k] = ds->coalitions[found[k]].name;
	return sn_suggest_phrase(buf, size, names, n);
}

static bool all_digits(const char *s)
{
	if (!*s)
		return false;
	for (; *s; s++)
		if (*s < '0' || *s > '9')
			return false;
	return true;
}

/* Candidates 0..n) are territory codes, n..2n) territory names. */
static const char *territory_code_or_name(const void *arg, size_t i)
{
	const sn_territories_t *t = arg;

	return i < t->count ? t->code[i] : t->name[i - t->count];
}

char *sn_territories_suggest_code(const sn_territories_t *t, const char *code, char *buf,
				  size_t size)
{
	char padded[64];
	size_t found[2 * MAX_SUGGESTIONS], n, i;
	const char *names[MAX_SUGGESTIONS];
	size_t shown = 0;

	buf[0] = '\0';
	if (!t)
		return buf;
	if (all_digits(code) && strlen(code) < sizeof padded - 1) {
		snprintf(padded, sizeof padded, "0%s", code);
		if ((i = sn_territories_find(t, padded)) != SN_NO_PARENT) {
			/* The tree names its levels ("county", "fylke"): the code knows no country. */
			const char *level = sn_territories_level(t, sn_territories_depth(t, i));
			snprintf(buf, size, "; '%s' looks like %s code '%s' (%s) without its leading "
				 "zero, as a spreadsheet drops it when it takes codes for numbers: "
				 "format the column as text and write '%s'", code,
				 level ? level : "territory", padded, t->name[i], padded);
			return buf;
		}
	}
	n = sn_suggest(found, 2 * MAX_SUGGESTIONS, code, territory_code_or_name, t, 2 * t->count);
	for (size_t k = 0; k < n && shown < MAX_SUGGESTIONS; k++) {
		const char *c = t->code[found[k] % t->count];
		bool dup = false;
		for (size_t j = 0; j < shown; j++)
			dup |= strcmp(names[j], c) == 0;
		if (!dup)
			names[shown++] = c;
	}
	return sn_suggest_phrase(buf, size, names, shown);
}

/* Writes `a` as match number *count (when it fits) and counts it. */
static void take(size_t *out, size_t max, size_t *count, size_t a)
{
	if (*count < max)
		out[*count] = a;
	(*count)++;
}

size_t sn_dataset_match_actors(size_t *out, size_t max, const sn_dataset_t *ds,
			       const char *query)
{
	size_t a = sn_dataset_find_actor(ds, query), count = 0;
	char *fq = sn_text_fold(query);

	if (a != SN_NO_PARENT) {
		free(fq);
		take(out, max, &count, a);
		return count;
	}
	if (!fq)
		return 0;
	/* Pass 0: equal names; pass 1 (only when pass 0 found none): word prefixes. */
	for (int pass = 0; pass < 2 && count == 0; pass++) {
		size_t q = strlen(fq);
		for (size_t i = 0; i < ds->nactors; i++) {
			char *fn = sn_text_fold(ds->actors[i].name);
			bool hit = false;
			for (const char *p = fn; fn && *p && !hit; p++)
				hit = (pass == 0 ? p == fn && strcmp(fn, fq) == 0
					  : (p == fn || strchr(" -_.:/(", p[-1])) &&
					    strncmp(p, fq, q) == 0);
			if (hit)
				take(out, max, &count, i);
			free(fn);
		}
	}
	free(fq);
	return count;
}
