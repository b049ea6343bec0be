/*
 * The importers' naming rules: name folding, actor types inferred from names,
 * source vocabularies and organisationsnummer prefixes, and the territory a
 * kommun's or a region's name identifies (doc/importers.md, "Types").
 */
#include "config.h"

#include <ctype.h>
#include <string.h>

#include "import/import_internal.h"

void sn__import_fold(const char *s, char *out, size_t size)
{
	size_t o = 0;
	bool space = false;

	for (const unsigned char *p = (const unsigned char *)s; *p && o + 3 < size; p++) {
		if (p[0] == 0xC3 && p[1] >= 0x80 && p[1] <= 0x9E && p[1] != 0x97) {
			/* Latin-1 capitals (Å Ä Ö É Ü ...) to their small letters. */
			if (space && o)
				out[o++] = ' ';
			space = false;
			out[o++] = (char)0xC3;
			out[o++] = (char)(*++p + 0x20);
		} else if (*p >= 0x80 || isalnum(*p)) {
			if (space && o)
				out[o++] = ' ';
			space = false;
			out[o++] = (char)tolower(*p);
		} else if (*p == ' ' || *p == '-' || *p == '\t' || *p == '/' || *p == '&') {
			space = true;
		}
		/* Other punctuation (. , ' " ( )) is dropped. */
	}
	out[o] = '\0';
}

static bool starts(const char *s, const char *prefix) { return strncmp(s, prefix, strlen(prefix)) == 0; }

static bool ends(const char *s, const char *suffix)
{
	size_t n = strlen(s), k = strlen(suffix);
	return n > k && strcmp(s + n - k, suffix) == 0;
}

/* The type a folded name states, or SN_ACTOR_TYPE_COUNT. */
static sn_actor_type_t type_by_name(const char *f)
{
	if (starts(f, "region ") || strcmp(f, "v\xc3\xa4stra g\xc3\xb6talandsregionen") == 0)
		return SN_ACTOR_REGION;
	if (ends(f, " kommun") || ends(f, " stad"))
		return SN_ACTOR_KOMMUN;
	if (starts(f, "l\xc3\xa4nsstyrelsen"))
		return SN_ACTOR_LANSSTYRELSE;
	if (ends(f, " ab") || ends(f, " aktiebolag"))
		return SN_ACTOR_COMPANY;
	return SN_ACTOR_TYPE_COUNT;
}

/* The type of an organisationsnummer's legal-form group (its first digit). */
static sn_actor_type_t type_by_orgnr(const char *orgnr)
{
	switch (orgnr && orgnr[0] ? orgnr[0] : '0') {
	case '2': return SN_ACTOR_AGENCY;
	case '5': case '9': return SN_ACTOR_COMPANY;
	case '7': return SN_ACTOR_ASSOCIATION;
	case '8': return SN_ACTOR_NGO;
	default: return SN_ACTOR_TYPE_COUNT;
	}
}

/* CORDIS activityType and keep.eu's Type of Organisation (folded). */
static sn_actor_type_t type_by_source(const char *src, const char *orgnr)
{
	static const struct { const char *word; sn_actor_type_t type; } vocab[] = {
		{ "hes", SN_ACTOR_UNIVERSITY }, { "prc", SN_ACTOR_COMPANY }, { "rec", SN_ACTOR_RESEARCH },
		{ "higher education and research organisations", SN_ACTOR_UNIVERSITY },
		{ "local public authority", SN_ACTOR_KOMMUN },
		{ "regional public authority", SN_ACTOR_REGION },
		{ "national public authority", SN_ACTOR_AGENCY },
		{ "sectoral agency", SN_ACTOR_AGENCY },
		{ "sme", SN_ACTOR_COMPANY }, { "enterprise except sme", SN_ACTOR_COMPANY },
		{ "large enterprise", SN_ACTOR_COMPANY },
		{ "interest groups including ngos", SN_ACTOR_NGO },
		{ "business support organisation", SN_ACTOR_ASSOCIATION },
	};
	char f[128];

	sn__import_fold(src, f, sizeof f);
	if (strcmp(f, "pub") == 0) {
		/* A public body: the name rules have not placed it; a Swedish one is a state body. */
		sn_actor_type_t t = type_by_orgnr(orgnr);
		return t == SN_ACTOR_TYPE_COUNT ? SN_ACTOR_AGENCY : t;
	}
	for (size_t i = 0; i < sizeof vocab / sizeof *vocab; i++)
		if (strcmp(f, vocab[i].word) == 0)
			return vocab[i].type;
	return SN_ACTOR_TYPE_COUNT;
}

sn_actor_type_t sn_import_infer_type(const char *name, const char *source_type, const char *orgnr)
{
	char f[512];
	sn_actor_type_t t;

	sn__import_fold(name ? name : "", f, sizeof f);
	if ((t = type_by_name(f)) != SN_ACTOR_TYPE_COUNT)
		return t;
	if (source_type && source_type[0] &&
	    (t = type_by_source(source_type, orgnr)) != SN_ACTOR_TYPE_COUNT)
		return t;
	if ((t = type_by_orgnr(orgnr)) != SN_ACTOR_TYPE_COUNT)
		return t;
	return SN_ACTOR_OTHER;
}

/* Whether folded `x` names territory `name`: as is, in the genitive, or (Falu) without its n. */
static bool names_match(const char *x, const char *name)
{
	char f[256], g[320];
	size_t n;

	sn__import_fold(name, f, sizeof f);
	if (strcmp(x, f) == 0)
		return true;
	snprintf(g, sizeof g - 2, "%.300s", x);
	n = strlen(g);
	if (n > 1 && g[n - 1] == 's') {
		g[n - 1] = '\0';
		if (strcmp(g, f) == 0)
			return true;
		g[n - 1] = 's';
	}
	strcat(g, "n");
	return strcmp(g, f) == 0;
}

/* The code of the first territory whose code has `digits` digits and whose name matches. */
static const char *find_named(const sn_territories_t *t, size_t digits, const char *x,
			      const char *suffix)
{
	char want[560];

	snprintf(want, sizeof want, "%s%s", x, suffix);
	for (size_t i = 0; i < t->count; i++)
		if (strlen(t->code[i]) == digits && isdigit((unsigned char)t->code[i][0]) &&
		    names_match(want, t->name[i]))
			return t->code[i];
	return NULL;
}

const char *sn__import_name_territory(const sn_import_t *imp, const char *name, sn_actor_type_t type)
{
	char f[512], x[520];
	size_t n;
	const char *code;

	if (!imp->territories)
		return NULL;
	sn__import_fold(name, f, sizeof f);
	n = strlen(f);
	if (type == SN_ACTOR_KOMMUN && (ends(f, " kommun") || ends(f, " stad"))) {
		snprintf(x, sizeof x, "%.*s", (int)(n - (ends(f, " stad") ? 5 : 7)), f);
		return find_named(imp->territories, 4, x, "");
	}
	if (type == SN_ACTOR_REGION && starts(f, "region ")) {
		snprintf(x, sizeof x, "%s", f + 7);
		if ((code = find_named(imp->territories, 2, x, "")) ||
		    (code = find_named(imp->territories, 2, x, " l\xc3\xa4n")) ||
		    (code = find_named(imp->territories, 2, x, "s l\xc3\xa4n")))
			return code;
		if (strcmp(x, "s\xc3\xb6rmland") == 0)
			return "04";
		return NULL;
	}
	if (type == SN_ACTOR_REGION && strcmp(f, "v\xc3\xa4stra g\xc3\xb6talandsregionen") == 0)
		return "14";
	if (type == SN_ACTOR_LANSSTYRELSE && starts(f, "l\xc3\xa4nsstyrelsen i ")) {
		snprintf(x, sizeof x, "%s", f + strlen("l\xc3\xa4nsstyrelsen i "));
		return find_named(imp->territories, 2, x, "");
	}
	return NULL;
}
