/*
 * Generic inputs: any one-row-per-participation table, an existing samnet
 * dataset (--into), and the type mapping file.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "import/import_internal.h"

static bool is_xlsx(const char *path)
{
	size_t n = strlen(path);
	return n > 5 && strcasecmp(path + n - 5, ".xlsx") == 0;
}

static sn_error_t open_table(sn__rows_t **out, const char *path, char sep, sn_diag_t *diag)
{
	sn__src_t *src;
	sn_error_t err;

	if (is_xlsx(path))
		return sn__rows_xlsx(out, path, NULL, diag);
	if ((err = sn__src_file(&src, path)) != SN_OK)
		return err;
	return sn__rows_open(out, src, path, sep, diag);
}

/* A table role: lead/coordinator/lead partner, associated..., else partner. */
static unsigned table_part(const char *role)
{
	char f[64];

	sn__import_fold(role, f, sizeof f);
	if (!strcmp(f, "lead") || !strcmp(f, "coordinator") || !strcmp(f, "lead partner") ||
	    !strcmp(f, "yes") || !strcmp(f, "owner") || !strcmp(f, "projekt\xc3\xa4gare"))
		return SN__PART_COORDINATOR;
	if (!strncmp(f, "associated", 10))
		return SN__PART_ASSOCIATED;
	return SN__PART_PARTNER;
}

typedef struct {
	long project, actor, id, role, start, end, amount, currency, territory, type, country;
} table_cols_t;

static long named(const sn__rows_t *r, const char *name, sn_diag_t *diag)
{
	return name ? sn__rows_require(r, name, diag) : -1;
}

static sn_error_t table_row(sn_import_t *imp, const sn__rows_t *r, const table_cols_t *c,
			    const sn_import_table_spec_t *spec, const char *source, sn_diag_t *diag,
			    bool *bad)
{
	const char *pid = sn__rows_get(r, c->project), *id = sn__rows_get(r, c->id);
	const char *terr = sn__rows_get(r, c->territory), *country = sn__rows_get(r, c->country);
	const char *type = sn__rows_get(r, c->type), *cur = sn__rows_get(r, c->currency);
	char start[11], end[11], key[400], orgnr[11];
	sn_actor_type_t t;
	size_t p, a;
	sn_error_t err;

	imp->report.rows++;
	if (sn__import_empty(pid)) {
		imp->report.skipped_no_project++;
		return SN_OK;
	}
	sn__import_date_cell(r, c->start, "start", start, diag, bad);
	sn__import_date_cell(r, c->end, "end", end, diag, bad);
	snprintf(key, sizeof key, "%s-%s", source, pid);
	sn__project_in_t pin = { key, NULL, pid, NULL, NULL, NULL, source, start, end, NAN, NAN, NULL };
	if ((err = sn__import_project(imp, &pin, &p)) != SN_OK)
		return err;
	/* --actor-id: an orgnr (with its check digit), a 9-digit PIC, else the table's own id. */
	bool is_orgnr = sn_orgnr_normalise(id, orgnr);
	bool is_pic = !is_orgnr && strlen(id) == 9 && strspn(id, "0123456789") == 9;
	bool given_type = sn_actor_type_parse(type, &t) == SN_OK;
	sn__actor_in_t ain = {
		sn__rows_get(r, c->actor), sn__import_iso_country(country[0] ? country : "SE"),
		strlen(terr) == 5 ? terr : "", is_orgnr ? id : "", is_pic ? id : "",
		!is_orgnr && !is_pic ? id : "", given_type ? "" : type, terr, given_type ? type : ""
	};
	/* A row without an id: the table's own actor column is its identity, scoped to it.  A row
	 * with an orgnr or PIC is keyed by that alone, never merged with another by its name. */
	if (!id[0] && ain.name[0])
		ain.local_id = ain.name;
	err = sn__import_actor(imp, &ain, sn__rows_label(r), sn__rows_line(r), (size_t)c->id + 1, diag, &a);
	if (err == SN_EDATA) {
		imp->report.skipped_no_actor++;
		return SN_OK;
	}
	if (err != SN_OK)
		return err;
	double amount = sn__import_amount_cell(r, c->amount, "amount", diag, bad);
	return sn__import_participation(imp, p, a, table_part(sn__rows_get(r, c->role)), amount,
					cur[0] ? cur : spec->currency_value ? spec->currency_value : "SEK");
}

sn_error_t sn_import_table(sn_import_t *imp, const char *path, const sn_import_table_spec_t *spec,
			   sn_diag_t *diag)
{
	sn__rows_t *r = NULL;
	table_cols_t c;
	bool bad = false;
	int rc;
	const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
	char source[128];
	sn_error_t err;

	snprintf(source, sizeof source, "%.*s", (int)strcspn(spec->source ? spec->source : base, "."),
		 spec->source ? spec->source : base);
	sn__import_begin(imp, "table");
	if ((err = open_table(&r, path, spec->separator, diag)) != SN_OK)
		return err;
	c = (table_cols_t){ named(r, spec->project, diag), named(r, spec->actor, diag),
			    named(r, spec->actor_id, diag), named(r, spec->role, diag),
			    named(r, spec->start, diag), named(r, spec->end, diag),
			    named(r, spec->amount, diag), named(r, spec->currency, diag),
			    named(r, spec->territory, diag), named(r, spec->type, diag),
			    named(r, spec->country, diag) };
	if (sn_diag_has_errors(diag) || c.project < 0 || c.actor < 0) {
		sn__rows_free(r);
		return sn_error_set(SN_EDATA, "%s: missing required columns", path);
	}
	while ((rc = sn__rows_next(r, diag)) > 0)
		if ((err = table_row(imp, r, &c, spec, source, diag, &bad)) != SN_OK)
			break;
	sn__rows_free(r);
	return sn__import_outcome(rc, err, bad, diag, path);
}

/* ---- an existing dataset -------------------------------------------------------------- */

static sn_error_t open_file(sn__rows_t **out, const char *dir, const char *name, sn_diag_t *diag)
{
	char path[4200];
	sn__src_t *src;
	sn_error_t err;

	snprintf(path, sizeof path, "%s/%s", dir, name);
	if ((err = sn__src_file(&src, path)) != SN_OK)
		return err;
	return sn__rows_open(out, src, path, 0, diag);
}

static sn_error_t dataset_actors(sn_import_t *imp, const char *dir, sn_diag_t *diag)
{
	sn__rows_t *r;
	sn_error_t err = open_file(&r, dir, "actors.csv", diag);
	long c_id, c_name, c_type, c_terr;
	int rc;
	size_t a;

	if (err != SN_OK)
		return err;
	c_id = sn__rows_require(r, "id", diag);
	c_name = sn__rows_require(r, "name", diag);
	c_type = sn__rows_require(r, "type", diag);
	c_terr = sn__rows_find(r, "territory");
	if (c_id < 0 || c_name < 0 || c_type < 0) {
		sn__rows_free(r);
		return sn_error_set(SN_EDATA, "%s: not a samnet dataset", dir);
	}
	while ((rc = sn__rows_next(r, diag)) > 0) {
		sn__actor_in_t in = { sn__rows_get(r, c_name), "SE", "", "", "", sn__rows_get(r, c_id), "",
				      sn__rows_get(r, c_terr), sn__rows_get(r, c_type) };
		imp->report.rows++;
		err = sn__import_actor(imp, &in, sn__rows_label(r), sn__rows_line(r), 0, diag, &a);
		if (err != SN_OK && err != SN_EDATA)
			break;
		err = SN_OK;
	}
	sn__rows_free(r);
	return rc < 0 ? (sn_error_t)rc : err;
}

static sn_error_t dataset_memberships(sn_import_t *imp, const char *dir, sn_diag_t *diag)
{
	sn__rows_t *r;
	sn_error_t err = open_file(&r, dir, "memberships.csv", diag);
	long c_p, c_a, c_role;
	int rc;

	if (err != SN_OK)
		return err;
	c_p = sn__rows_require(r, "project", diag);
	c_a = sn__rows_require(r, "actor", diag);
	c_role = sn__rows_find(r, "role");
	if (c_p < 0 || c_a < 0) {
		sn__rows_free(r);
		return sn_error_set(SN_EDATA, "%s: not a samnet dataset", dir);
	}
	while ((rc = sn__rows_next(r, diag)) > 0) {
		char key[300];
		size_t p, a;
		imp->report.rows++;
		snprintf(key, sizeof key, "id:dataset:%s", sn__rows_get(r, c_a));
		const char *ref = sn__rows_get(r, c_a);
		a = sn__strmap_get(&imp->actor_keys, key);
		if (a == (size_t)-1 && !strchr(ref, ':')) {
			imp->report.skipped_no_actor++;
			continue;
		}
		sn__project_in_t pin = { sn__rows_get(r, c_p), NULL, NULL, NULL, NULL, NULL, NULL,
					 NULL, NULL, NAN, NAN, NULL };
		unsigned part = table_part(sn__rows_get(r, c_role));
		if ((err = sn__import_project(imp, &pin, &p)) != SN_OK)
			break;
		/* A selector (regions:*, kommuner:24) is kept as written: samnet validate expands it. */
		err = a == (size_t)-1 ? sn__import_selector(imp, p, ref, part)
				      : sn__import_participation(imp, p, a, part, NAN, NULL);
		if (err != SN_OK)
			break;
	}
	sn__rows_free(r);
	return rc < 0 ? (sn_error_t)rc : err;
}

/* projects.csv, when the dataset has one: its names, themes, kinds, dates and SEK budgets. */
static sn_error_t dataset_projects(sn_import_t *imp, const char *dir, sn_diag_t *diag)
{
	char path[4200];
	sn__rows_t *r;
	sn_error_t err;
	bool bad = false;
	int rc;

	snprintf(path, sizeof path, "%s/projects.csv", dir);
	if (access(path, F_OK) != 0)
		return SN_OK;
	if ((err = open_file(&r, dir, "projects.csv", diag)) != SN_OK)
		return err;
	long c_id = sn__rows_require(r, "id", diag), c_name = sn__rows_find(r, "name");
	long c_theme = sn__rows_find(r, "theme"), c_kind = sn__rows_find(r, "kind");
	long c_start = sn__rows_find(r, "start"), c_end = sn__rows_find(r, "end");
	long c_budget = sn__rows_find(r, "budget_sek");
	while (c_id >= 0 && (rc = sn__rows_next(r, diag)) > 0) {
		size_t p;
		imp->report.rows++;
		double budget = sn__import_amount_cell(r, c_budget, "budget_sek", diag, &bad);
		sn__project_in_t in = { sn__rows_get(r, c_id), NULL, sn__rows_get(r, c_name), NULL,
					sn__rows_get(r, c_theme), sn__rows_get(r, c_kind), NULL,
					sn__rows_get(r, c_start), sn__rows_get(r, c_end), budget, NAN,
					isnan(budget) ? NULL : "SEK" };
		if ((err = sn__import_project(imp, &in, &p)) != SN_OK)
			break;
		/* The dataset's own source column (a citation) stays. */
		long c_src = sn__rows_find(r, "source");
		if (c_src >= 0 && !(imp->projects[p].source = sn__import_keep(imp, sn__rows_get(r, c_src)))) {
			err = sn_error_set(SN_ENOMEM, "out of memory");
			break;
		}
	}
	sn__rows_free(r);
	return c_id < 0 ? sn_error_set(SN_EDATA, "%s: not a samnet dataset", dir) : rc < 0 ? (sn_error_t)rc : err;
}

/* aliases.csv, when present: orgnr and PIC aliases become keys of the dataset's actors. */
static sn_error_t dataset_aliases(sn_import_t *imp, const char *dir, sn_diag_t *diag)
{
	char path[4200];
	sn__rows_t *r;
	sn_error_t err = SN_OK;
	int rc = 0;

	snprintf(path, sizeof path, "%s/aliases.csv", dir);
	if (access(path, F_OK) != 0)
		return SN_OK;
	if ((err = open_file(&r, dir, "aliases.csv", diag)) != SN_OK)
		return err;
	long c_a = sn__rows_require(r, "actor", diag), c_s = sn__rows_require(r, "scheme", diag);
	long c_v = sn__rows_require(r, "value", diag);
	while (c_a >= 0 && c_s >= 0 && c_v >= 0 && (rc = sn__rows_next(r, diag)) > 0) {
		const char *scheme = sn__rows_get(r, c_s);
		char key[600], *k;
		size_t a;
		snprintf(key, sizeof key, "id:dataset:%s", sn__rows_get(r, c_a));
		if ((strcmp(scheme, "orgnr") != 0 && strcmp(scheme, "pic") != 0) ||
		    (a = sn__strmap_get(&imp->actor_keys, key)) == (size_t)-1)
			continue;
		snprintf(key, sizeof key, "%s:%s", scheme, sn__rows_get(r, c_v));
		if (sn__strmap_get(&imp->actor_keys, key) != (size_t)-1)
			continue;
		if (!(k = sn__import_keep(imp, key)) || sn__strmap_put(&imp->actor_keys, k, a, NULL) != SN_OK) {
			err = sn_error_set(SN_ENOMEM, "out of memory");
			break;
		}
		sn__iactor_t *act = &imp->actors[a];
		if (strcmp(scheme, "orgnr") == 0 && !act->orgnr[0])
			act->orgnr = k + 6;
		else if (strcmp(scheme, "pic") == 0 && !act->pic[0])
			act->pic = k + 4;
	}
	sn__rows_free(r);
	return rc < 0 ? (sn_error_t)rc : err;
}

sn_error_t sn_import_dataset(sn_import_t *imp, const char *dir, sn_diag_t *diag)
{
	sn_error_t err;

	sn__import_begin(imp, "dataset");
	if ((err = dataset_actors(imp, dir, diag)) != SN_OK ||
	    (err = dataset_aliases(imp, dir, diag)) != SN_OK ||
	    (err = dataset_projects(imp, dir, diag)) != SN_OK ||
	    (err = dataset_memberships(imp, dir, diag)) != SN_OK)
		return err;
	return sn_diag_has_errors(diag) ? sn_error_set(SN_EDATA, "%s: the dataset has errors", dir) : SN_OK;
}

/* ---- the type mapping file ------------------------------------------------------------- */

sn_error_t sn_import_load_types(sn_import_t *imp, const char *path, sn_diag_t *diag)
{
	sn__rows_t *r;
	sn__src_t *src;
	sn_error_t err;
	long c_key, c_type;
	int rc;

	if ((err = sn__src_file(&src, path)) != SN_OK ||
	    (err = sn__rows_open(&r, src, path, 0, diag)) != SN_OK)
		return err;
	c_key = sn__rows_require(r, "key", diag);
	c_type = sn__rows_require(r, "type", diag);
	while (c_key >= 0 && c_type >= 0 && (rc = sn__rows_next(r, diag)) > 0) {
		const char *k = sn__rows_get(r, c_key), *colon = strchr(k, ':');
		char key[600], f[500];
		sn_actor_type_t t;
		char *kept;
		if (!colon || (strncmp(k, "orgnr:", 6) && strncmp(k, "pic:", 4) && strncmp(k, "name:", 5) &&
			       strncmp(k, "source:", 7))) {
			sn_diag_add(diag, SN_DIAG_ERROR, path, sn__rows_line(r), (size_t)c_key + 1,
				    "key '%s': expected orgnr:, pic:, name: or source: and a value", k);
			continue;
		}
		if (sn_actor_type_parse(sn__rows_get(r, c_type), &t) != SN_OK) {
			sn_diag_add(diag, SN_DIAG_ERROR, path, sn__rows_line(r), (size_t)c_type + 1,
				    "unknown actor type '%s' (expected region, kommun, lansstyrelse, agency, "
				    "university, company, fund, ngo, association, research or other)",
				    sn__rows_get(r, c_type));
			continue;
		}
		if (strncmp(k, "name:", 5) == 0 || strncmp(k, "source:", 7) == 0) {
			sn__import_fold(colon + 1, f, sizeof f);
			snprintf(key, sizeof key, "%.*s:%s", (int)(colon - k), k, f);
		} else {
			snprintf(key, sizeof key, "%s", k);
		}
		if (!(kept = sn__import_keep(imp, key)) ||
		    sn__strmap_put(&imp->type_map, kept, (size_t)t, NULL) != SN_OK) {
			sn__rows_free(r);
			return sn_error_set(SN_ENOMEM, "out of memory");
		}
	}
	sn__rows_free(r);
	return sn_diag_has_errors(diag) ? sn_error_set(SN_EDATA, "%s: bad type mapping", path) : SN_OK;
}
