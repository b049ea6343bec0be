/*
 * CORDIS bulk data (FP7, H2020, Horizon Europe): project.csv and
 * organization.csv from cordis-<FW>projects-csv.zip or a folder.  Columns
 * are found by header name (the column set differs between releases).
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "import/import_internal.h"

/* Opens `member` of the zip `path`, or of the folder `path` (also under csv/). */
static sn_error_t open_member(sn__rows_t **out, const char *path, const char *member,
			      sn_diag_t *diag)
{
	struct stat st;
	sn__src_t *src = NULL;
	char file[4096], label[4200];
	sn_error_t err;

	if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
		snprintf(file, sizeof file, "%s/%s", path, member);
		if (stat(file, &st) != 0)
			snprintf(file, sizeof file, "%s/csv/%s", path, member);
		if ((err = sn__src_file(&src, file)) != SN_OK)
			return err;
		snprintf(label, sizeof label, "%s", file);
	} else {
		if ((err = sn__src_zip(&src, path, member)) != SN_OK)
			return err;
		snprintf(label, sizeof label, "%s:%s", path, member);
	}
	return sn__rows_open(out, src, label, ';', diag);
}

/* An amount cell: NAN when empty; an error at its position when malformed. */
double sn__import_amount_cell(const sn__rows_t *r, long col, const char *what, sn_diag_t *diag,
			      bool *bad)
{
	const char *s = sn__rows_get(r, col);
	double v;

	if (sn__import_empty(s))
		return NAN;
	if (sn_import_parse_amount(s, &v) != SN_OK) {
		sn_diag_add(diag, SN_DIAG_ERROR, sn__rows_label(r), sn__rows_line(r), (size_t)col + 1,
			    "%s: malformed amount '%s' (digits, a single '.' or ',' as decimal mark)",
			    what, s);
		*bad = true;
		return NAN;
	}
	return v;
}

/* A date cell into out[11] ("" when empty); an error at its position when malformed. */
void sn__import_date_cell(const sn__rows_t *r, long col, const char *what, char out[11],
			  sn_diag_t *diag, bool *bad)
{
	const char *s = sn__rows_get(r, col);

	out[0] = '\0';
	if (sn__import_empty(s))
		return;
	if (sn_import_parse_date(s, sn__rows_numeric(r, col), out) != SN_OK) {
		sn_diag_add(diag, SN_DIAG_ERROR, sn__rows_label(r), sn__rows_line(r), (size_t)col + 1,
			    "%s: malformed date '%s' (YYYY-MM-DD or DD/MM/YYYY)", what, s);
		*bad = true;
		out[0] = '\0';
	}
}

/* The grant numbers with a participant in the --country (pass one over organization.csv). */
static sn_error_t country_projects(sn_import_t *imp, const char *path, sn_strmap_t *keep,
				   sn_diag_t *diag)
{
	sn__rows_t *r = NULL;
	long c_proj, c_country;
	int rc;
	sn_error_t err = open_member(&r, path, "organization.csv", diag);

	if (err != SN_OK)
		return err;
	const sn__col_t cols[] = { { "projectID", &c_proj, true }, { "country", &c_country, true } };
	if (!sn__rows_columns(r, cols, 2, diag)) {
		sn__rows_free(r);
		return SN_EDATA;
	}
	while ((rc = sn__rows_next(r, diag)) > 0) {
		const char *id = sn__rows_get(r, c_proj);
		char *k;
		if (strcmp(sn__import_iso_country(sn__rows_get(r, c_country)), imp->country) != 0 ||
		    sn__strmap_get(keep, id) != (size_t)-1)
			continue;
		if (!(k = sn__import_keep(imp, id)) || sn__strmap_put(keep, k, 0, NULL) != SN_OK) {
			rc = SN_ENOMEM;
			break;
		}
	}
	sn__rows_free(r);
	return rc < 0 ? (sn_error_t)rc : SN_OK;
}

typedef struct {
	long id, acronym, title, start, end, total, ec, legal, topics, fp, scheme;
} project_cols_t;

static sn_error_t read_projects(sn_import_t *imp, const char *path, const sn_strmap_t *keep,
				sn_diag_t *diag, bool *bad)
{
	sn__rows_t *r = NULL;
	project_cols_t c;
	int rc;
	sn_error_t err = open_member(&r, path, "project.csv", diag);

	if (err != SN_OK)
		return err;
	const sn__col_t cols[] = {
		{ "id", &c.id, true }, { "acronym", &c.acronym, false }, { "title", &c.title, false },
		{ "startDate", &c.start, false }, { "endDate", &c.end, false },
		{ "totalCost", &c.total, false }, { "ecMaxContribution", &c.ec, false },
		{ "legalBasis", &c.legal, false }, { "topics", &c.topics, false },
		{ "frameworkProgramme", &c.fp, false }, { "fundingScheme", &c.scheme, false },
	};
	if (!sn__rows_columns(r, cols, sizeof cols / sizeof *cols, diag)) {
		sn__rows_free(r);
		return SN_EDATA;
	}
	while ((rc = sn__rows_next(r, diag)) > 0) {
		const char *id = sn__rows_get(r, c.id);
		char key[160], start[11], end[11];
		size_t idx;
		if (!sn__import_row_wanted(imp, id[0], keep, id))
			continue;
		snprintf(key, sizeof key, "cordis-%s", id);
		sn__import_date_cell(r, c.start, "startDate", start, diag, bad);
		sn__import_date_cell(r, c.end, "endDate", end, diag, bad);
		const char *title = sn__rows_get(r, c.title), *topics = sn__rows_get(r, c.topics);
		sn__project_in_t in = {
			key, NULL, title[0] ? title : sn__rows_get(r, c.acronym), sn__rows_get(r, c.acronym),
			topics[0] ? topics : sn__rows_get(r, c.legal), sn__rows_get(r, c.scheme),
			sn__rows_get(r, c.fp), start, end,
			sn__import_amount_cell(r, c.total, "totalCost", diag, bad),
			sn__import_amount_cell(r, c.ec, "ecMaxContribution", diag, bad), "EUR"
		};
		if ((err = sn__import_project(imp, &in, &idx)) != SN_OK)
			break;
	}
	sn__rows_free(r);
	if (rc < 0)
		return (sn_error_t)rc;
	return err;
}

static unsigned cordis_part(const char *role)
{
	if (strcmp(role, "coordinator") == 0)
		return SN__PART_COORDINATOR;
	if (strcmp(role, "associatedPartner") == 0)
		return SN__PART_ASSOCIATED;
	return SN__PART_PARTNER;
}

typedef struct {
	long proj, acronym, pic, vat, name, activity, country, nuts, role, ec;
} org_cols_t;

static sn_error_t org_row(sn_import_t *imp, const sn__rows_t *r, const org_cols_t *c,
			  const sn_strmap_t *keep, sn_diag_t *diag, bool *bad)
{
	const char *id = sn__rows_get(r, c->proj), *vat = sn__rows_get(r, c->vat);
	const char *nuts = sn__rows_get(r, c->nuts);
	char key[160];
	size_t p, a;
	sn_error_t err;

	if (!sn__import_row_wanted(imp, id[0], keep, id))
		return SN_OK;
	snprintf(key, sizeof key, "cordis-%s", id);
	if ((p = sn__import_find_project(imp, key)) == (size_t)-1) {
		sn__project_in_t in = { key, NULL, sn__rows_get(r, c->acronym), sn__rows_get(r, c->acronym),
					NULL, NULL, NULL, NULL, NULL, NAN, NAN, NULL };
		if ((err = sn__import_project(imp, &in, &p)) != SN_OK)
			return err;
	}
	sn__actor_in_t ain = {
		sn__rows_get(r, c->name), sn__import_iso_country(sn__rows_get(r, c->country)),
		strlen(nuts) == 5 ? nuts : "", strncmp(vat, "SE", 2) == 0 ? vat : "",
		sn__rows_get(r, c->pic), "", sn__rows_get(r, c->activity), "", ""
	};
	err = sn__import_actor(imp, &ain, sn__rows_label(r), sn__rows_line(r), (size_t)c->vat + 1, diag, &a);
	if (err == SN_EDATA) {
		imp->report.skipped_no_actor++;
		return SN_OK;
	}
	if (err != SN_OK)
		return err;
	return sn__import_participation(imp, p, a, cordis_part(sn__rows_get(r, c->role)),
					sn__import_amount_cell(r, c->ec, "ecContribution", diag, bad),
					"EUR");
}

static sn_error_t read_organisations(sn_import_t *imp, const char *path, const sn_strmap_t *keep,
				     sn_diag_t *diag, bool *bad)
{
	sn__rows_t *r = NULL;
	org_cols_t c;
	int rc;
	sn_error_t err = open_member(&r, path, "organization.csv", diag);

	if (err != SN_OK)
		return err;
	const sn__col_t cols[] = {
		{ "projectID", &c.proj, true }, { "projectAcronym", &c.acronym, false },
		{ "organisationID", &c.pic, false }, { "vatNumber", &c.vat, false },
		{ "name", &c.name, true }, { "activityType", &c.activity, false },
		{ "country", &c.country, true }, { "nutsCode", &c.nuts, false },
		{ "role", &c.role, false }, { "ecContribution", &c.ec, false },
	};
	if (!sn__rows_columns(r, cols, sizeof cols / sizeof *cols, diag)) {
		sn__rows_free(r);
		return SN_EDATA;
	}
	while ((rc = sn__rows_next(r, diag)) > 0)
		if ((err = org_row(imp, r, &c, keep, diag, bad)) != SN_OK)
			break;
	sn__rows_free(r);
	return rc < 0 ? (sn_error_t)rc : err;
}

sn_error_t sn_import_cordis(sn_import_t *imp, const char *path, sn_diag_t *diag)
{
	return sn__import_filtered(imp, "cordis", path, diag, country_projects, read_projects,
				   read_organisations);
}
