/*
 * keep.eu (Interreg, IPA-CBC, ENI CBC): the XLSX export of the web search,
 * sheets "Search results, projects" and "Search results, partners".
 * Partners join projects on Programme + "Project ID (2021-2027 only)", or
 * Programme + "Project acronym" where the ID is empty (2000-2020).
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "import/import_internal.h"

#define PROJECTS_SHEET "Search results, projects"
#define PARTNERS_SHEET "Search results, partners"

/* The project key: keep-<ID or acronym>-<programme folded, blanks as '-'>. */
static void keep_key(const sn__rows_t *r, long c_prog, long c_id, long c_acr, char *key, size_t size)
{
	char prog[256];
	const char *id = sn__rows_get(r, c_id);

	sn__import_fold(sn__rows_get(r, c_prog), prog, sizeof prog);
	for (char *p = prog; *p; p++)
		if (*p == ' ')
			*p = '-';
	snprintf(key, size, "keep-%s-%s", sn__import_empty(id) ? sn__rows_get(r, c_acr) : id, prog);
}

typedef struct {
	long prog, id, acr;
} join_cols_t;

static sn_error_t join_cols(const sn__rows_t *r, join_cols_t *c, sn_diag_t *diag)
{
	const sn__col_t cols[] = { { "Programme", &c->prog, true },
				   { "Project acronym", &c->acr, true },
				   { "Project ID (2021-2027 only)", &c->id, false } };

	return sn__rows_columns(r, cols, 3, diag) ? SN_OK : SN_EDATA;
}

/* Pass one over the partners: the projects with a partner in the --country. */
static sn_error_t country_projects(sn_import_t *imp, const char *path, sn_strmap_t *keep,
				   sn_diag_t *diag)
{
	sn__rows_t *r;
	join_cols_t c;
	long c_cc;
	int rc = 0;
	sn_error_t err = sn__rows_xlsx(&r, path, PARTNERS_SHEET, diag);

	if (err != SN_OK)
		return err;
	c_cc = sn__rows_require(r, "Country code", diag);
	if (join_cols(r, &c, diag) != SN_OK || c_cc < 0) {
		sn__rows_free(r);
		return sn_error_set(SN_EDATA, "%s: missing required columns", path);
	}
	while ((rc = sn__rows_next(r, diag)) > 0) {
		char key[600], *k;
		if (strcmp(sn__import_iso_country(sn__rows_get(r, c_cc)), imp->country) != 0)
			continue;
		keep_key(r, c.prog, c.id, c.acr, key, sizeof key);
		if (sn__strmap_get(keep, key) != (size_t)-1)
			continue;
		if (!(k = sn__import_keep(imp, key)) || sn__strmap_put(keep, k, 0, NULL) != SN_OK) {
			rc = SN_ENOMEM;
			break;
		}
	}
	sn__rows_free(r);
	return rc < 0 ? (sn_error_t)rc : SN_OK;
}

static sn_error_t read_projects(sn_import_t *imp, const char *path, const sn_strmap_t *keep,
				sn_diag_t *diag, bool *bad)
{
	sn__rows_t *r;
	join_cols_t c;
	int rc;
	sn_error_t err = sn__rows_xlsx(&r, path, PROJECTS_SHEET, diag);

	if (err != SN_OK)
		return err;
	if (join_cols(r, &c, diag) != SN_OK) {
		sn__rows_free(r);
		return sn_error_set(SN_EDATA, "%s: missing required columns", path);
	}
	long c_name = sn__rows_find(r, "Project name in English"), c_theme = sn__rows_find(r, "Theme 1");
	long c_start = sn__rows_find(r, "Project start"), c_end = sn__rows_find(r, "Project end");
	long c_total = sn__rows_find(r, "Project's total budget / expenditure");
	long c_eu = sn__rows_find(r, "Project's EU funding"), c_period = sn__rows_find(r, "Period");
	while ((rc = sn__rows_next(r, diag)) > 0) {
		char key[600], start[11], end[11];
		size_t p;
		keep_key(r, c.prog, c.id, c.acr, key, sizeof key);
		if (!sn__import_row_wanted(imp, !sn__import_empty(sn__rows_get(r, c.acr)) ||
						!sn__import_empty(sn__rows_get(r, c.id)), keep, key))
			continue;
		sn__import_date_cell(r, c_start, "Project start", start, diag, bad);
		sn__import_date_cell(r, c_end, "Project end", end, diag, bad);
		const char *name = sn__rows_get(r, c_name);
		sn__project_in_t in = {
			key, NULL, sn__import_empty(name) ? sn__rows_get(r, c.acr) : name,
			sn__rows_get(r, c.acr), sn__rows_get(r, c_theme), sn__rows_get(r, c_period),
			sn__rows_get(r, c.prog), start, end,
			sn__import_amount_cell(r, c_total, "Project's total budget / expenditure", diag, bad),
			sn__import_amount_cell(r, c_eu, "Project's EU funding", diag, bad), "EUR"
		};
		if ((err = sn__import_project(imp, &in, &p)) != SN_OK)
			break;
	}
	sn__rows_free(r);
	return rc < 0 ? (sn_error_t)rc : err;
}

typedef struct {
	join_cols_t j;
	long name, lead, cc, pic, natid, type, nuts3, erdf, cofin;
} partner_cols_t;

static sn_error_t partner_row(sn_import_t *imp, const sn__rows_t *r, const partner_cols_t *c,
			      const sn_strmap_t *keep, sn_diag_t *diag, bool *bad)
{
	char key[600];
	size_t p, a;
	sn_error_t err;
	const char *cc = sn__import_iso_country(sn__rows_get(r, c->cc));
	const char *natid = sn__rows_get(r, c->natid), *pic = sn__rows_get(r, c->pic);
	const char *nuts3 = sn__rows_get(r, c->nuts3);

	keep_key(r, c->j.prog, c->j.id, c->j.acr, key, sizeof key);
	if (!sn__import_row_wanted(imp, true, keep, key))
		return SN_OK;
	if ((p = sn__import_find_project(imp, key)) == (size_t)-1) {
		sn__project_in_t in = { key, NULL, sn__rows_get(r, c->j.acr), sn__rows_get(r, c->j.acr),
					NULL, NULL, sn__rows_get(r, c->j.prog), NULL, NULL, NAN, NAN, NULL };
		if ((err = sn__import_project(imp, &in, &p)) != SN_OK)
			return err;
	}
	bool swedish = strcmp(cc, "SE") == 0 && !sn__import_empty(natid);
	sn__actor_in_t ain = {
		sn__rows_get(r, c->name), cc, sn__import_empty(nuts3) || strlen(nuts3) != 5 ? "" : nuts3,
		swedish ? natid : "", sn__import_empty(pic) ? "" : pic,
		swedish || sn__import_empty(natid) ? "" : natid, sn__rows_get(r, c->type), "", ""
	};
	err = sn__import_actor(imp, &ain, sn__rows_label(r), sn__rows_line(r), (size_t)c->natid + 1,
			       diag, &a);
	if (err == SN_EDATA) {
		imp->report.skipped_no_actor++;
		return SN_OK;
	}
	if (err != SN_OK)
		return err;
	/* The partner's own money: ERDF (2014-20) or programme co-financing (2021-27); 0 is not empty. */
	double amount = sn__import_amount_cell(r, c->erdf, "ERDF contribution", diag, bad);
	if (isnan(amount))
		amount = sn__import_amount_cell(r, c->cofin, "Partner's programme co-financing", diag, bad);
	const char *lead = sn__rows_get(r, c->lead);
	return sn__import_participation(imp, p, a,
					strcmp(lead, "Yes") == 0 ? SN__PART_COORDINATOR : SN__PART_PARTNER,
					amount, "EUR");
}

static sn_error_t read_partners(sn_import_t *imp, const char *path, const sn_strmap_t *keep,
				sn_diag_t *diag, bool *bad)
{
	sn__rows_t *r;
	partner_cols_t c;
	int rc;
	sn_error_t err = sn__rows_xlsx(&r, path, PARTNERS_SHEET, diag);

	if (err != SN_OK)
		return err;
	const sn__col_t cols[] = {
		{ "Organisation in English", &c.name, true }, { "Lead partner", &c.lead, false },
		{ "Country code", &c.cc, false }, { "Participant Identification Code", &c.pic, false },
		{ "Partner's ID if not PIC", &c.natid, false },
		{ "Type of Organisation", &c.type, false },
		{ "NUTS3 code (or equivalent)", &c.nuts3, false },
		{ "ERDF contribution (2014-2020 only)", &c.erdf, false },
		{ "Partner's programme co-financing (EUR) (2021-2027 only)", &c.cofin, false },
	};
	bool found = sn__rows_columns(r, cols, sizeof cols / sizeof *cols, diag);
	if (join_cols(r, &c.j, diag) != SN_OK || !found) {
		sn__rows_free(r);
		return sn_error_set(SN_EDATA, "%s: missing required columns", path);
	}
	while ((rc = sn__rows_next(r, diag)) > 0)
		if ((err = partner_row(imp, r, &c, keep, diag, bad)) != SN_OK)
			break;
	sn__rows_free(r);
	return rc < 0 ? (sn_error_t)rc : err;
}

sn_error_t sn_import_keep(sn_import_t *imp, const char *path, sn_diag_t *diag)
{
	return sn__import_filtered(imp, "keep", path, diag, country_projects, read_projects,
				   read_partners);
}
