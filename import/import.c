/*
 * The gathering core of the importers: actors merged by identity keys,
 * projects, participations, aliases and the import report.
 */
#include "config.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/strmap.h"
#include "import/import_internal.h"

static sn_error_t nomem(void) { return sn_error_set(SN_ENOMEM, "out of memory"); }

/* ---- strings owned by the import ------------------------------------------ */

char *sn__import_keep(sn_import_t *imp, const char *s)
{
	char *c;

	if (!s)
		s = "";
	if (imp->npool == imp->pool_cap) {
		size_t cap = imp->pool_cap ? 2 * imp->pool_cap : 1024;
		char **p = realloc(imp->pool, cap * sizeof *p);
		if (!p)
			return NULL;
		imp->pool = p;
		imp->pool_cap = cap;
	}
	if (!(c = strdup(s)))
		return NULL;
	imp->pool[imp->npool++] = c;
	return c;
}

/* Appends one element of `size` bytes to a growing array. */
static void *grow(void **arr, size_t *n, size_t *cap, size_t size)
{
	if (*n == *cap) {
		size_t c = *cap ? 2 * *cap : 256;
		void *p = realloc(*arr, c * size);
		if (!p)
			return NULL;
		*arr = p;
		*cap = c;
	}
	return (char *)*arr + (*n)++ * size;
}

/* ---- lifetime ---------------------------------------------------------------- */

sn_error_t sn_import_new(sn_import_t **out, const sn_import_options_t *opts,
			 const sn_territories_t *territories)
{
	sn_import_t *imp = calloc(1, sizeof *imp);

	*out = NULL;
	if (!imp)
		return nomem();
	sn__strmap_init(&imp->actor_keys);
	sn__strmap_init(&imp->actor_ids);
	sn__strmap_init(&imp->project_keys);
	sn__strmap_init(&imp->pairs);
	sn__strmap_init(&imp->alias_set);
	sn__strmap_init(&imp->type_map);
	imp->territories = territories;
	imp->source = "import";
	if (opts && opts->country && opts->country[0] &&
	    !(imp->country = sn__import_keep(imp, sn__import_iso_country(opts->country)))) {
		sn_import_free(imp);
		return nomem();
	}
	*out = imp;
	return SN_OK;
}

void sn_import_free(sn_import_t *imp)
{
	if (!imp)
		return;
	sn__strmap_destroy(&imp->actor_keys);
	sn__strmap_destroy(&imp->actor_ids);
	sn__strmap_destroy(&imp->project_keys);
	sn__strmap_destroy(&imp->pairs);
	sn__strmap_destroy(&imp->alias_set);
	sn__strmap_destroy(&imp->type_map);
	for (size_t i = 0; i < imp->npool; i++)
		free(imp->pool[i]);
	free(imp->pool);
	free(imp->actors);
	free(imp->projects);
	free(imp->members);
	free(imp->aliases);
	free(imp->selectors);
	free(imp->dup_start);
	free(imp->dup_actors);
	free(imp);
}

void sn__import_begin(sn_import_t *imp, const char *source)
{
	size_t i;

	imp->source = source;
	for (i = 0; i < imp->nsources && strcmp(imp->sources[i], source) != 0; i++)
		;
	if (i == imp->nsources && i < SN__IMPORT_MAX_SOURCES)
		imp->sources[imp->nsources++] = source;
	imp->source_bit = i < SN__IMPORT_MAX_SOURCES ? 1u << i : 0;
}

bool sn__import_row_wanted(sn_import_t *imp, bool named, const sn_strmap_t *keep, const char *key)
{
	imp->report.rows++;
	if (!named)
		imp->report.skipped_no_project++;
	else if (keep && sn__strmap_get(keep, key) == (size_t)-1)
		imp->report.skipped_filter++;
	else
		return true;
	return false;
}

const sn_import_report_t *sn_import_report(const sn_import_t *imp) { return &imp->report; }
sn_import_report_t *sn__import_report_mut(sn_import_t *imp) { return &imp->report; }
const char *sn__import_country(const sn_import_t *imp) { return imp->country; }

/* ---- small rules -------------------------------------------------------------- */

const char *sn__import_iso_country(const char *s)
{
	static const char *const map[][2] = {
		{ "EL", "GR" }, { "UK", "GB" }, { "Sverige", "SE" }, { "Sweden", "SE" },
		{ "SVERIGE", "SE" }, { "SWEDEN", "SE" }, { "Norge", "NO" }, { "Norway", "NO" },
		{ "Danmark", "DK" }, { "Denmark", "DK" }, { "Suomi", "FI" }, { "Finland", "FI" },
	};

	for (size_t i = 0; i < sizeof map / sizeof *map; i++)
		if (strcmp(s, map[i][0]) == 0)
			return map[i][1];
	return s;
}

bool sn__import_empty(const char *s)
{
	static const char *const markers[] = { "", "N.a.", "n/a", "N/A", "NA", "None", "-",
					       "UPPGIFT SAKNAS" };

	for (size_t i = 0; i < sizeof markers / sizeof *markers; i++)
		if (strcmp(s, markers[i]) == 0)
			return true;
	return false;
}

sn_error_t sn_import_parse_amount(const char *s, double *out)
{
	double v;

	if (sn_parse_double(s, &v) != SN_OK || v < 0)
		return SN_EDATA;
	*out = v;
	return SN_OK;
}

static bool valid_ymd(int y, int m, int d)
{
	static const int days[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > days[m - 1])
		return false;
	return !(m == 2 && d == 29 && (y % 4 != 0 || (y % 100 == 0 && y % 400 != 0)));
}

/* Civil date of a day count since 1970-01-01 (Hinnant's algorithm). */
static void civil_from_days(long z, int *y, int *m, int *d)
{
	z += 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;

	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

sn_error_t sn_import_parse_date(const char *s, bool excel, char out[11])
{
	int y = 0, m = 0, d = 0, n = 0;
	char sep;

	if (sscanf(s, "%4d-%2d-%2d%n", &y, &m, &d, &n) == 3 && n == 10 &&
	    (s[n] == '\0' || s[n] == ' ' || s[n] == 'T')) {
		/* a time after the date is allowed */
	} else if (sscanf(s, "%2d%c%2d%c%4d%n", &d, &sep, &m, &sep, &y, &n) == 5 &&
		   s[n] == '\0' && (s[2] == '/' || s[2] == '.') && s[5] == s[2]) {
		/* DD/MM/YYYY or DD.MM.YYYY */
	} else if (excel) {
		double serial;
		if (sn_parse_double(s, &serial) != SN_OK || serial < 1 || serial > 200000)
			return SN_EDATA;
		/* Day 25569 of Excel's 1900 system is 1970-01-01 (Lotus's leap-day bug included). */
		civil_from_days((long)serial - 25569, &y, &m, &d);
	} else {
		return SN_EDATA;
	}
	if (!valid_ymd(y, m, d))
		return SN_EDATA;
	out[0] = (char)('0' + y / 1000), out[1] = (char)('0' + y / 100 % 10);
	out[2] = (char)('0' + y / 10 % 10), out[3] = (char)('0' + y % 10), out[4] = '-';
	out[5] = (char)('0' + m / 10), out[6] = (char)('0' + m % 10), out[7] = '-';
	out[8] = (char)('0' + d / 10), out[9] = (char)('0' + d % 10), out[10] = '\0';
	return SN_OK;
}

bool sn_orgnr_normalise(const char *in, char out[11])
{
	char digits[16];
	size_t n = 0;
	int sum = 0;

	bool vat = in[0] == 'S' && in[1] == 'E';

	out[0] = '\0';
	if (vat)
		in += 2;
	for (const char *p = in; *p; p++) {
		if (isdigit((unsigned char)*p)) {
			if (n == sizeof digits - 1)
				return false;
			digits[n++] = *p;
		} else if (*p != '-' && *p != ' ') {
			return false;
		}
	}
	digits[n] = '\0';
	/* VAT form: "SE" + orgnr + "01"; else a century prefix (16, 19, 20) before 10 digits. */
	const char *ten = digits;
	if (vat && n == 12 && strncmp(digits + 10, "01", 2) == 0)
		digits[10] = '\0';
	else if (!vat && n == 12 && (strncmp(digits, "16", 2) == 0 || strncmp(digits, "19", 2) == 0 ||
				     strncmp(digits, "20", 2) == 0))
		ten = digits + 2;
	else if (n != 10)
		return false;
	/* Luhn: from the left, double the digits in odd positions (1st, 3rd, ...). */
	for (int i = 0; i < 10; i++) {
		int v = ten[i] - '0';
		if (i % 2 == 0 && (v *= 2) > 9)
			v -= 9;
		sum += v;
	}
	if (sum % 10 != 0)
		return false;
	memcpy(out, ten, 10);
	out[10] = '\0';
	return true;
}

const char *sn_nuts3_lan(const char *nuts3)
{
	/* shared/reference/nuts3_lan.csv, tested against its copy in tests/data/import. */
	static const char *const table[][2] = {
		{ "SE110", "01" }, { "SE121", "03" }, { "SE122", "04" }, { "SE123", "05" },
		{ "SE124", "18" }, { "SE125", "19" }, { "SE211", "06" }, { "SE212", "07" },
		{ "SE213", "08" }, { "SE214", "09" }, { "SE221", "10" }, { "SE224", "12" },
		{ "SE231", "13" }, { "SE232", "14" }, { "SE311", "17" }, { "SE312", "20" },
		{ "SE313", "21" }, { "SE321", "22" }, { "SE322", "23" }, { "SE331", "24" },
		{ "SE332", "25" },
	};

	for (size_t i = 0; i < sizeof table / sizeof *table; i++)
		if (strcmp(nuts3, table[i][0]) == 0)
			return table[i][1];
	return NULL;
}

/* ---- actors ------------------------------------------------------------------- */

/* A readable id fragment: lower-case ASCII letters and digits joined by '-', at most `max` bytes. */
static void slug(const char *s, char *out, size_t size, size_t max)
{
	char f[512];
	size_t o = 0;
	bool dash = false;

	sn__import_fold(s, f, sizeof f);
	for (const unsigned char *p = (const unsigned char *)f; *p && o + 2 < size && o < max; p++) {
		unsigned char c = *p;
		if (c == 0xC3 && p[1]) {
			/* å ä -> a, ö -> o, é -> e, ü -> u, others dropped. */
			unsigned char n = *++p;
			c = n == 0xA5 || n == 0xA4 || n == 0xA0 || n == 0xA1 ? 'a'
			    : n == 0xB6 || n == 0xB8 || n == 0xB3 ? 'o'
			    : n == 0xA9 || n == 0xA8 ? 'e' : n == 0xBC ? 'u' : 0;
		}
		if (c && isalnum(c)) {
			if (dash && o)
				out[o++] = '-';
			dash = false;
			out[o++] = (char)c;
		} else {
			dash = true;
		}
	}
	out[o] = '\0';
	if (!o)
		snprintf(out, size, "actor");
}

/* Registers `base` (or base-2, base-3 ...) as a new actor id. */
static char *unique_actor_id(sn_import_t *imp, const char *base, size_t actor)
{
	char buf[200];

	snprintf(buf, sizeof buf, "%.160s", base);
	for (unsigned k = 2; sn__strmap_get(&imp->actor_ids, buf) != (size_t)-1; k++)
		snprintf(buf, sizeof buf, "%.160s-%u", base, k);
	char *id = sn__import_keep(imp, buf);
	if (!id || sn__strmap_put(&imp->actor_ids, id, actor, NULL) != SN_OK)
		return NULL;
	return id;
}

static sn_error_t add_alias(sn_import_t *imp, size_t actor, const char *scheme, const char *value)
{
	char buf[1200];
	char *key;
	sn__ialias_t *a;

	if (!value || !value[0])
		return SN_OK;
	snprintf(buf, sizeof buf, "%zu\x1f%s\x1f%s", actor, scheme, value);
	if (sn__strmap_get(&imp->alias_set, buf) != (size_t)-1)
		return SN_OK;
	if (!(key = sn__import_keep(imp, buf)) ||
	    sn__strmap_put(&imp->alias_set, key, imp->naliases, NULL) != SN_OK ||
	    !(a = grow((void **)&imp->aliases, &imp->naliases, &imp->aliases_cap, sizeof *a)))
		return nomem();
	a->actor = actor;
	a->scheme = scheme;
	a->value = key + strlen(key) - strlen(value);
	return SN_OK;
}

typedef enum { KEY_ORGNR, KEY_PIC, KEY_ID, KEY_NAME, NKEYS } key_kind_t;

static const char *const key_scheme[NKEYS] = { "orgnr", "pic", "id", "name" };

/* The identity keys of a row; "" where it has none.  The name key only when no other. */
static void row_keys(const sn_import_t *imp, const sn__actor_in_t *in, const char *orgnr,
		     const char *pic, char keys[NKEYS][600])
{
	char f[400];

	for (int k = 0; k < NKEYS; k++)
		keys[k][0] = '\0';
	if (orgnr[0])
		snprintf(keys[KEY_ORGNR], 600, "orgnr:%s", orgnr);
	if (pic[0])
		snprintf(keys[KEY_PIC], 600, "pic:%s", pic);
	if (in->local_id && in->local_id[0])
		snprintf(keys[KEY_ID], 600, "id:%s:%s", imp->source, in->local_id);
	if (!orgnr[0] && !pic[0] && !keys[KEY_ID][0] && in->name && in->name[0]) {
		sn__import_fold(in->name, f, sizeof f);
		snprintf(keys[KEY_NAME], 600, "name:%s|%s|%s", f, in->country ? in->country : "",
			 in->nuts3 ? in->nuts3 : "");
	}
}

static sn_error_t new_actor(sn_import_t *imp, const sn__actor_in_t *in, const char *orgnr,
			    const char *pic, const char *key, size_t *idx_out)
{
	size_t idx = imp->nactors;
	sn__iactor_t *a = grow((void **)&imp->actors, &imp->nactors, &imp->actors_cap, sizeof *a);
	char base[160], s[64];

	if (!a)
		return nomem();
	memset(a, 0, sizeof *a);
	if (orgnr[0])
		snprintf(base, sizeof base, "se-%s", orgnr);
	else if (pic[0])
		snprintf(base, sizeof base, "pic-%s", pic);
	else if (in->local_id && in->local_id[0] && strcmp(imp->source, "dataset") == 0)
		snprintf(base, sizeof base, "%s", in->local_id);
	else if (in->local_id && in->local_id[0])
		slug(in->local_id, s, sizeof s, 40), snprintf(base, sizeof base, "%s-%s", imp->source, s);
	else
		slug(in->name, s, sizeof s, 40),
			snprintf(base, sizeof base, "%s%s%s", s, in->country && in->country[0] ? "-" : "",
				 in->country && in->country[0] ? in->country : "");
	for (char *p = base; *p; p++)
		if (*p == ':')
			*p = '-';
	if (!(a->id = unique_actor_id(imp, base, idx)) || !(a->name = sn__import_keep(imp, in->name)) ||
	    !(a->country = sn__import_keep(imp, in->country)) ||
	    !(a->nuts3 = sn__import_keep(imp, in->nuts3)) || !(a->orgnr = sn__import_keep(imp, orgnr)) ||
	    !(a->pic = sn__import_keep(imp, pic)) ||
	    !(a->source_type = sn__import_keep(imp, in->source_type)) ||
	    !(a->territory = sn__import_keep(imp, in->territory)) ||
	    !(a->key = sn__import_keep(imp, in->type)))
		return nomem();
	a->type = SN_ACTOR_TYPE_COUNT;
	a->sources = imp->source_bit;
	(void)key;
	imp->report.actors++;
	*idx_out = idx;
	return SN_OK;
}

/* Fills what the actor lacks from a later row; records a differing name as an alias. */
static sn_error_t complete_actor(sn_import_t *imp, size_t idx, const sn__actor_in_t *in,
				 const char *orgnr, const char *pic)
{
	sn__iactor_t *a = &imp->actors[idx];
	char f1[400], f2[400];

#define FILL(field, value) \
	if (!a->field[0] && (value) && (value)[0] && !(a->field = sn__import_keep(imp, value))) \
		return nomem();
	FILL(orgnr, orgnr);
	FILL(pic, pic);
	FILL(country, in->country);
	FILL(nuts3, in->nuts3);
	FILL(source_type, in->source_type);
	FILL(territory, in->territory);
#undef FILL
	a->sources |= imp->source_bit;
	sn__import_fold(a->name, f1, sizeof f1);
	sn__import_fold(in->name ? in->name : "", f2, sizeof f2);
	if (f2[0] && strcmp(f1, f2) != 0)
		return add_alias(imp, idx, "name", in->name);
	return SN_OK;
}

static sn_error_t row_ids(sn_import_t *imp, const sn__actor_in_t *in, const char *label,
			  size_t line, size_t col, sn_diag_t *diag, char orgnr[11], char pic[16])
{
	const char *raw = in->orgnr ? in->orgnr : "";

	orgnr[0] = pic[0] = '\0';
	if (!sn__import_empty(raw) && !sn_orgnr_normalise(raw, orgnr)) {
		imp->report.invalid_orgnr++;
		if (sn_diag_add(diag, SN_DIAG_WARNING, label, line, col,
				"organisationsnummer '%s' fails the Luhn check or has not 10 digits; "
				"not used as a key", raw) != SN_OK)
			return nomem();
	}
	if (in->pic && strlen(in->pic) == 9 && strspn(in->pic, "0123456789") == 9)
		snprintf(pic, 16, "%s", in->pic);
	return SN_OK;
}

sn_error_t sn__import_actor(sn_import_t *imp, const sn__actor_in_t *in, const char *label,
			    size_t line, size_t col_orgnr, sn_diag_t *diag, size_t *idx_out)
{
	char orgnr[11], pic[16], keys[NKEYS][600];
	size_t found[NKEYS], idx = (size_t)-1;
	int by = -1;
	sn_error_t err;

	if ((err = row_ids(imp, in, label, line, col_orgnr, diag, orgnr, pic)) != SN_OK)
		return err;
	row_keys(imp, in, orgnr, pic, keys);
	for (int k = 0; k < NKEYS; k++) {
		found[k] = keys[k][0] ? sn__strmap_get(&imp->actor_keys, keys[k]) : (size_t)-1;
		if (found[k] != (size_t)-1 && idx == (size_t)-1)
			idx = found[k], by = k;
		else if (found[k] != (size_t)-1 && found[k] != idx)
			imp->report.key_conflicts++;
	}
	if (idx == (size_t)-1) {
		int first = 0;
		while (first < NKEYS && !keys[first][0])
			first++;
		if (first == NKEYS)
			return SN_EDATA;
		if ((err = new_actor(imp, in, orgnr, pic, keys[first], &idx)) != SN_OK)
			return err;
	} else {
		size_t *merged[NKEYS] = { &imp->report.merged_orgnr, &imp->report.merged_pic,
					  &imp->report.merged_id, &imp->report.merged_name };
		(*merged[by])++;
		if (!(imp->actors[idx].sources & imp->source_bit))
			imp->report.cross_source++;
		if ((err = complete_actor(imp, idx, in, orgnr, pic)) != SN_OK)
			return err;
	}
	for (int k = 0; k < NKEYS; k++) {
		char *key;
		if (!keys[k][0] || found[k] != (size_t)-1)
			continue;
		if (!(key = sn__import_keep(imp, keys[k])) ||
		    sn__strmap_put(&imp->actor_keys, key, idx, NULL) != SN_OK)
			return nomem();
		if (k != KEY_NAME &&
		    (err = add_alias(imp, idx, k == KEY_ID ? imp->source : key_scheme[k],
				     k == KEY_ID ? in->local_id : strchr(key, ':') + 1)) != SN_OK)
			return err;
	}
	*idx_out = idx;
	return SN_OK;
}

/* ---- projects and participations -------------------------------------------- */

size_t sn__import_find_project(const sn_import_t *imp, const char *key)
{
	return sn__strmap_get(&imp->project_keys, key);
}

static sn_error_t project_key(sn_import_t *imp, const char *key, size_t idx)
{
	char *k;

	if (!key || !key[0] || sn__strmap_get(&imp->project_keys, key) != (size_t)-1)
		return SN_OK;
	if (!(k = sn__import_keep(imp, key)) || sn__strmap_put(&imp->project_keys, k, idx, NULL) != SN_OK)
		return nomem();
	return SN_OK;
}

sn_error_t sn__import_project(sn_import_t *imp, const sn__project_in_t *in, size_t *idx_out)
{
	size_t idx = sn__strmap_get(&imp->project_keys, in->key);
	sn__iproject_t *p;
	sn_error_t err;

	if (idx == (size_t)-1 && in->alt_key)
		idx = sn__strmap_get(&imp->project_keys, in->alt_key);
	if (idx == (size_t)-1) {
		idx = imp->nprojects;
		if (!(p = grow((void **)&imp->projects, &imp->nprojects, &imp->projects_cap, sizeof *p)))
			return nomem();
		memset(p, 0, sizeof *p);
		p->budget = p->eu = NAN;
		if (!(p->id = sn__import_keep(imp, in->key)) || !(p->source = sn__import_keep(imp, imp->source)))
			return nomem();
		for (char *c = p->id; *c; c++)
			if (*c == ':' || *c == '\n' || *c == '\r')
				*c = '-';
		imp->report.projects++;
	}
	p = &imp->projects[idx];
#define FILL(field) \
	if ((!p->field || !p->field[0]) && in->field && in->field[0] && \
	    !(p->field = sn__import_keep(imp, in->field))) \
		return nomem();
	FILL(name);
	FILL(acronym);
	FILL(theme);
	FILL(kind);
	FILL(programme);
	FILL(start);
	FILL(end);
	FILL(currency);
#undef FILL
	if (isnan(p->budget))
		p->budget = in->budget;
	if (isnan(p->eu))
		p->eu = in->eu;
	if ((err = project_key(imp, in->key, idx)) != SN_OK ||
	    (err = project_key(imp, in->alt_key, idx)) != SN_OK)
		return err;
	*idx_out = idx;
	return SN_OK;
}

sn_error_t sn__import_participation(sn_import_t *imp, size_t project, size_t actor, unsigned part,
				    double amount, const char *currency)
{
	char buf[64];
	size_t idx;
	sn__imember_t *m;

	snprintf(buf, sizeof buf, "%zu,%zu", project, actor);
	idx = sn__strmap_get(&imp->pairs, buf);
	if (idx == (size_t)-1) {
		char *key = sn__import_keep(imp, buf);
		idx = imp->nmembers;
		if (!key || sn__strmap_put(&imp->pairs, key, idx, NULL) != SN_OK ||
		    !(m = grow((void **)&imp->members, &imp->nmembers, &imp->members_cap, sizeof *m)))
			return nomem();
		*m = (sn__imember_t){ project, actor, part, amount, NULL, false };
		if (!isnan(amount) && !(m->currency = sn__import_keep(imp, currency)))
			return nomem();
		imp->report.participations++;
		return SN_OK;
	}
	m = &imp->members[idx];
	m->part |= part;
	if (isnan(amount) || m->mixed)
		return SN_OK;
	if (isnan(m->amount)) {
		m->amount = amount;
		if (!(m->currency = sn__import_keep(imp, currency)))
			return nomem();
	} else if (strcmp(m->currency, currency ? currency : "") == 0) {
		m->amount += amount;
	} else {
		m->mixed = true;
		m->amount = NAN;
	}
	return SN_OK;
}

sn_error_t sn__import_selector(sn_import_t *imp, size_t project, const char *selector, unsigned part)
{
	sn__iselector_t *m = grow((void **)&imp->selectors, &imp->nselectors, &imp->selectors_cap,
				  sizeof *m);

	if (!m || !(m->actor = sn__import_keep(imp, selector)))
		return nomem();
	m->project = project;
	m->part = part;
	return SN_OK;
}

sn_error_t sn__import_outcome(int rc, sn_error_t err, bool bad, const sn_diag_t *diag,
			      const char *path)
{
	if (rc < 0)
		return (sn_error_t)rc;
	if (err == SN_OK && (bad || sn_diag_has_errors(diag)))
		err = sn_error_set(SN_EDATA, "%s: the input has errors", path);
	return err;
}

sn_error_t sn__import_filtered(sn_import_t *imp, const char *source, const char *path,
			       sn_diag_t *diag,
			       sn_error_t (*countries)(sn_import_t *, const char *, sn_strmap_t *, sn_diag_t *),
			       sn__import_pass_t projects, sn__import_pass_t participants)
{
	sn_strmap_t keep;
	const sn_strmap_t *filter = imp->country ? &keep : NULL;
	bool bad = false;
	sn_error_t err = SN_OK;

	sn__import_begin(imp, source);
	sn__strmap_init(&keep);
	if (filter)
		err = countries(imp, path, &keep, diag);
	if (err == SN_OK)
		err = projects(imp, path, filter, diag, &bad);
	if (err == SN_OK)
		err = participants(imp, path, filter, diag, &bad);
	sn__strmap_destroy(&keep);
	return sn__import_outcome(0, err, bad, diag, path);
}

/* ---- suspected duplicates ------------------------------------------------------ */

typedef struct {
	char *name;   /* folded */
	size_t actor;
} named_t;

static int by_folded_name(const void *a, const void *b)
{
	const named_t *x = a, *y = b;
	int c = strcmp(x->name, y->name);
	return c ? c : (x->actor > y->actor) - (x->actor < y->actor);
}

size_t sn_import_duplicates(sn_import_t *imp)
{
	size_t n = imp->nactors, g = 0, k = 0;
	named_t *v = calloc(n ? n : 1, sizeof *v);

	free(imp->dup_start);
	free(imp->dup_actors);
	imp->ndups = 0;
	imp->dup_start = malloc((n + 1) * sizeof *imp->dup_start);
	imp->dup_actors = malloc((n ? n : 1) * sizeof *imp->dup_actors);
	if (!v || !imp->dup_start || !imp->dup_actors)
		goto done;
	for (size_t i = 0; i < n; i++) {
		/* Letters without their accents: "REGION SKANE" and "Region Skåne" are one name here. */
		char f[400];
		slug(imp->actors[i].name, f, sizeof f, sizeof f - 3);
		v[i].actor = i;
		if (!(v[i].name = strdup(f)))
			goto done;
	}
	qsort(v, n, sizeof *v, by_folded_name);
	for (size_t i = 0; i < n;) {
		size_t j = i + 1;
		while (j < n && strcmp(v[i].name, v[j].name) == 0)
			j++;
		if (j - i > 1 && strcmp(v[i].name, "actor") != 0) {
			imp->dup_start[g++] = k;
			for (size_t t = i; t < j; t++)
				imp->dup_actors[k++] = v[t].actor;
		}
		i = j;
	}
	imp->dup_start[g] = k;
	imp->ndups = g;
done:
	for (size_t i = 0; v && i < n; i++)
		free(v[i].name);
	free(v);
	return imp->ndups;
}

size_t sn_import_duplicate_size(const sn_import_t *imp, size_t g)
{
	return g < imp->ndups ? imp->dup_start[g + 1] - imp->dup_start[g] : 0;
}

const char *sn_import_duplicate_actor(const sn_import_t *imp, size_t g, size_t k)
{
	return imp->actors[imp->dup_actors[imp->dup_start[g] + k]].id;
}

/* ---- the readers by name ------------------------------------------------------- */

typedef sn_error_t (*reader_fn)(sn_import_t *imp, const char *path, sn_diag_t *diag);

static const struct {
	const char *name;
	reader_fn read;
} readers[] = {
	{ "cordis", sn_import_cordis }, { "keep", sn_import_keep }, { "kohesio", sn_import_kohesio },
	{ "esf", sn_import_esf }, { "table", NULL },
};

bool sn_import_is_source(const char *name)
{
	for (size_t i = 0; name && i < sizeof readers / sizeof *readers; i++)
		if (strcmp(name, readers[i].name) == 0)
			return true;
	return false;
}

sn_error_t sn_import_read(sn_import_t *imp, const char *name, const char *path,
			  const sn_import_table_spec_t *spec, sn_diag_t *diag)
{
	for (size_t i = 0; name && i < sizeof readers / sizeof *readers; i++)
		if (strcmp(name, readers[i].name) == 0 && readers[i].read)
			return readers[i].read(imp, path, diag);
	if (!name || strcmp(name, "table") != 0)
		return sn_error_set(SN_EINVAL, "unknown source '%s' (cordis, keep, kohesio, esf or "
				    "table)", name ? name : "");
	if (!spec || !spec->project || !spec->actor)
		return sn_error_set(SN_EINVAL, "a table needs its project and actor columns");
	return sn_import_table(imp, path, spec, diag);
}
