/*
 * Actor references: a plain id, or a group selector that expands through the
 * territory tree ("kommuner:24", "regions:*", "regions:06,07,08").
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/dataset_private.h"
#include "base/utf8.h"
#include "samnet/suggest.h"

typedef struct {
	const char *name;
	sn_actor_type_t type;
} selector_kind_t;

static const selector_kind_t kinds[] = {
	{ "kommuner", SN_ACTOR_KOMMUN },
	{ "regions", SN_ACTOR_REGION },
	{ "lansstyrelser", SN_ACTOR_LANSSTYRELSE },
};

static sn_error_t push(size_t **list, size_t *n, size_t *cap, size_t value)
{
	if (*n == *cap) {
		size_t c = *cap ? 2 * *cap : 32;
		size_t *l = realloc(*list, c * sizeof *l);
		if (!l)
			return sn_error_set(SN_ENOMEM, "out of memory");
		*list = l;
		*cap = c;
	}
	(*list)[(*n)++] = value;
	return SN_OK;
}

/* Parses the code list after the colon into territory indices ("*" gives none: all). */
static sn_error_t selector_territories(const sn_dataset_t *ds, const char *ref, const char *codes,
				       size_t **terr,
				       size_t *nterr, bool *all, const char *label, size_t line,
				       size_t col, sn_diag_t *diag)
{
	char *copy = strdup(codes), *save = NULL;
	size_t cap = 0;
	sn_error_t err = SN_OK;

	if (!copy)
		return sn_error_set(SN_ENOMEM, "out of memory");
	*all = strcmp(sn__trim(copy), "*") == 0;
	for (char *tok = *all ? NULL : strtok_r(copy, ",", &save); tok && err != SN_ENOMEM;
	     tok = strtok_r(NULL, ",", &save)) {
		sn__trim(tok);
		size_t t = sn_territories_find(ds->territories, tok);
		if (t == SN_NO_PARENT) {
			char hint[SN_SUGGEST_PHRASE_MAX];
			sn_diag_add(diag, SN_DIAG_ERROR, label, line, col,
				    "selector '%s' names unknown territory '%s'%s", ref, tok,
				    sn_territories_suggest_code(ds->territories, tok, hint, sizeof hint));
			err = SN_EDATA;
		} else if (push(terr, nterr, &cap, t) != SN_OK) {
			err = SN_ENOMEM;
		}
	}
	if (!*all && *nterr == 0 && err == SN_OK) {
		sn_diag_add(diag, SN_DIAG_ERROR, label, line, col, "selector '%s' names no territory",
			    ref);
		err = SN_EDATA;
	}
	free(copy);
	return err;
}

static sn_error_t expand_selector(const sn_dataset_t *ds, const char *ref, const char *colon,
				  size_t **list, size_t *n, size_t *cap, const char *label,
				  size_t line, size_t col, sn_diag_t *diag)
{
	const selector_kind_t *kind = NULL;
	size_t *terr = NULL, nterr = 0, before = *n;
	bool all = false;
	sn_error_t err;

	for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++)
		if (strlen(kinds[k].name) == (size_t)(colon - ref) &&
		    strncmp(ref, kinds[k].name, (size_t)(colon - ref)) == 0)
			kind = &kinds[k];
	if (!kind) {
		static const char *const names[] = { "kommuner", "regions", "lansstyrelser", NULL };
		char word[64], hint[SN_SUGGEST_PHRASE_MAX];
		size_t found[3], nfound;
		const char *shown[3];
		snprintf(word, sizeof word, "%.*s", (int)(colon - ref), ref);
		nfound = sn_suggest_strings(found, 3, word, names);
		for (size_t k = 0; k < nfound; k++)
			shown[k] = names[found[k]];
		sn_diag_add(diag, SN_DIAG_ERROR, label, line, col,
			    "unknown selector '%s' (expected kommuner:, regions: or lansstyrelser:)%s",
			    ref, sn_suggest_phrase(hint, sizeof hint, shown, nfound));
		return SN_EDATA;
	}
	if (!ds->territories)  /* the tree did not load, and why is reported already */
		return SN_EDATA;
	err = selector_territories(ds, ref, colon + 1, &terr, &nterr, &all, label, line, col, diag);
	for (size_t a = 0; a < ds->nactors && err == SN_OK; a++) {
		const sn_actor_t *actor = &ds->actors[a];
		bool inside = all;
		if (actor->type != kind->type || actor->territory == SN_NO_PARENT)
			continue;
		for (size_t t = 0; t < nterr && !inside; t++)
			inside = sn_territories_within(ds->territories, actor->territory, terr[t]);
		if (inside)
			err = push(list, n, cap, a);
	}
	free(terr);
	if (err == SN_OK && *n == before) {
		sn_diag_add(diag, SN_DIAG_ERROR, label, line, col, "selector '%s' matches no actor", ref);
		err = SN_EDATA;
	}
	return err;
}

sn_error_t sn__resolve_actor(const sn_dataset_t *ds, const char *ref_in, size_t **list, size_t *n,
			     size_t *cap, bool *is_selector, const char *label, size_t line,
			     size_t col, sn_diag_t *diag)
{
	char *ref = strdup(ref_in);
	sn_error_t err = SN_OK;

	*n = 0;
	if (!ref)
		return sn_error_set(SN_ENOMEM, "out of memory");
	sn__trim(ref);
	char *colon = strchr(ref, ':');
	*is_selector = colon != NULL;
	if (!ref[0]) {
		sn_diag_add(diag, SN_DIAG_ERROR, label, line, col, "empty actor reference");
		err = SN_EDATA;
	} else if (colon) {
		err = expand_selector(ds, ref, colon, list, n, cap, label, line, col, diag);
	} else {
		size_t a = sn_dataset_find_actor(ds, ref);
		if (a == SN_NO_PARENT) {
			char hint[SN_SUGGEST_PHRASE_MAX];
			sn_diag_add(diag, SN_DIAG_ERROR, label, line, col, "unknown actor '%s'%s", ref,
				    sn_dataset_suggest_actor(ds, ref, hint, sizeof hint));
			err = SN_EDATA;
		} else {
			err = push(list, n, cap, a);
		}
	}
	free(ref);
	return err;
}

sn_error_t sn_dataset_resolve_actor(const sn_dataset_t *ds, const char *ref, size_t **list,
				    size_t *n, size_t *cap)
{
	size_t *found = NULL, nfound = 0, fcap = 0;
	bool is_selector;
	sn_diag_t diag;
	sn_error_t err;

	sn_diag_init(&diag);
	err = sn__resolve_actor(ds, ref, &found, &nfound, &fcap, &is_selector, NULL, 0, 0, &diag);
	if (err == SN_EDATA)
		sn_error_set(SN_EDATA, "%s", diag.count ? diag.entries[0].message : "bad actor reference");
	else if (err == SN_ENOMEM)
		sn_error_set(SN_ENOMEM, "out of memory");
	for (size_t k = 0; k < nfound && err == SN_OK; k++)
		if (push(list, n, cap, found[k]) != SN_OK)
			err = sn_error_set(SN_ENOMEM, "out of memory");
	free(found);
	sn_diag_destroy(&diag);
	return err;
}
