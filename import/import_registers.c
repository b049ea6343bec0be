/*
 * Single-beneficiary registers: Kohesio's per-country CSV and the ESF-rådet
 * projektbanken export.  Each row is one operation with its one beneficiary
 * (the project owner), who becomes the project's coordinator.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "import/import_internal.h"

/* One operation row, whatever the register. */
typedef struct {
	const char *key, *alt_key, *name, *theme, *kind, *programme;
	const char *actor, *orgnr, *country, *nuts3;
	long c_orgnr, c_start, c_end, c_total, c_eu;
	const char *currency;
} operation_t;

static sn_error_t operation(sn_import_t *imp, const sn__rows_t *r, const operation_t *o,
			    sn_diag_t *diag, bool *bad)
{
	char start[11], end[11];
	size_t p, a;
	sn_error_t err;

	imp->report.rows++;
	if (!o->key[0]) {
		imp->report.skipped_no_project++;
		return SN_OK;
	}
	if (imp->country && strcmp(o->country, imp->country) != 0) {
		imp->report.skipped_filter++;
		return SN_OK;
	}
	if (sn__import_empty(o->actor) && sn__import_empty(o->orgnr)) {
		imp->report.skipped_no_actor++;
		return SN_OK;
	}
	sn__import_date_cell(r, o->c_start, "start date", start, diag, bad);
	sn__import_date_cell(r, o->c_end, "end date", end, diag, bad);
	double total = sn__import_amount_cell(r, o->c_total, "total budget", diag, bad);
	double eu = sn__import_amount_cell(r, o->c_eu, "EU contribution", diag, bad);
	sn__project_in_t pin = { o->key, o->alt_key, o->name, NULL, o->theme, o->kind, o->programme,
				 start, end, total, eu, o->currency };
	if ((err = sn__import_project(imp, &pin, &p)) != SN_OK)
		return err;
	/* A beneficiary id is an organisationsnummer in Sweden; elsewhere the register's own id. */
	bool se = strcmp(o->country, "SE") == 0;
	sn__actor_in_t ain = { o->actor, o->country, o->nuts3, se ? o->orgnr : "", "",
			       se || sn__import_empty(o->orgnr) ? "" : o->orgnr, "", "", "" };
	err = sn__import_actor(imp, &ain, sn__rows_label(r), sn__rows_line(r), (size_t)o->c_orgnr + 1,
			       diag, &a);
	if (err == SN_EDATA) {
		imp->report.skipped_no_actor++;
		return SN_OK;
	}
	/* The beneficiary's own amount is not given apart from the operation's: none is copied. */
	return err != SN_OK ? err : sn__import_participation(imp, p, a, SN__PART_COORDINATOR, NAN, NULL);
}

static sn_error_t open_csv(sn__rows_t **out, const char *path, char sep, sn_diag_t *diag)
{
	sn__src_t *src;
	sn_error_t err = sn__src_file(&src, path);

	return err != SN_OK ? err : sn__rows_open(out, src, path, sep, diag);
}

/* The ESF-rådet diarienummer inside a Kohesio local id "2021SE05SFPR001_23-017-S01". */
static const char *kohesio_dnr(const char *local, char *buf, size_t size)
{
	const char *u = strrchr(local, '_');

	if (!u || !u[1])
		return NULL;
	snprintf(buf, size, "esf-%s", u + 1);
	return buf;
}

sn_error_t sn_import_kohesio(sn_import_t *imp, const char *path, sn_diag_t *diag)
{
	sn__rows_t *r = NULL;
	bool bad = false;
	int rc;
	sn_error_t err;
	long c_id, c_name, c_name_local, c_benef, c_orgnr, c_country, c_cc, c_nuts, c_fund,
		c_period, c_prog, c_theme;

	sn__import_begin(imp, "kohesio");
	if ((err = open_csv(&r, path, ',', diag)) != SN_OK)
		return err;
	c_id = sn__rows_require(r, "Operation_Local_Identifier", diag);
	c_name = sn__rows_find(r, "Operation_Name_English");
	c_name_local = sn__rows_find(r, "Operation_Name_Programme_Language");
	c_benef = sn__rows_require(r, "Beneficiary_Name", diag);
	c_orgnr = sn__rows_find(r, "Beneficiary_Local_Identifier");
	c_country = sn__rows_find(r, "Country");
	c_cc = sn__rows_find(r, "CountryCode");
	c_nuts = sn__rows_find(r, "NUTS3_Code");
	c_fund = sn__rows_find(r, "Fund_Code");
	c_period = sn__rows_find(r, "Programming_Period");
	c_prog = sn__rows_find(r, "Programme_Name");
	c_theme = sn__rows_find(r, "Thematic_Objective_Label");
	if (c_theme < 0)
		c_theme = sn__rows_find(r, "Policy_Objective_Label");
	if (c_id < 0 || c_benef < 0) {
		sn__rows_free(r);
		return sn_error_set(SN_EDATA, "%s: missing required columns", path);
	}
	while ((rc = sn__rows_next(r, diag)) > 0) {
		char key[300], dnr[300], kind[200];
		const char *local = sn__rows_get(r, c_id), *cc = sn__rows_get(r, c_cc);
		const char *nm = sn__rows_get(r, c_name_local);
		snprintf(key, sizeof key, "%s%s", local[0] ? "kohesio-" : "", local);
		snprintf(kind, sizeof kind, "%s%s%s", sn__rows_get(r, c_fund),
			 sn__rows_get(r, c_period)[0] ? " " : "", sn__rows_get(r, c_period));
		operation_t o = {
			key, kohesio_dnr(local, dnr, sizeof dnr), nm[0] ? nm : sn__rows_get(r, c_name),
			sn__rows_get(r, c_theme), kind, sn__rows_get(r, c_prog), sn__rows_get(r, c_benef),
			sn__rows_get(r, c_orgnr),
			sn__import_iso_country(cc[0] ? cc : sn__rows_get(r, c_country)),
			sn__rows_get(r, c_nuts), c_orgnr, sn__rows_find(r, "Operation_Start_Date"),
			sn__rows_find(r, "Operation_End_Date"),
			sn__rows_find(r, "Total_Eligible_Expenditure_amount"),
			sn__rows_find(r, "Project_EU_Budget"), NULL
		};
		const char *cur = sn__rows_get(r, sn__rows_find(r, "Total_Eligible_Expenditure_Currency"));
		o.currency = cur[0] ? cur : "EUR";
		if ((err = operation(imp, r, &o, diag, &bad)) != SN_OK)
			break;
	}
	sn__rows_free(r);
	return sn__import_outcome(rc, err, bad, diag, path);
}

/* A bilingual ESF header: "Svenska / English"; found by its Swedish half or the whole. */
static long esf_col(const sn__rows_t *r, const char *swedish)
{
	size_t n = strlen(swedish);

	for (size_t i = 0; i < sn__rows_ncols(r); i++) {
		const char *h = sn__rows_colname(r, i);
		if (strncmp(h, swedish, n) == 0 && (h[n] == '\0' || strncmp(h + n, " /", 2) == 0))
			return (long)i;
	}
	return -1;
}

sn_error_t sn_import_esf(sn_import_t *imp, const char *path, sn_diag_t *diag)
{
	sn__rows_t *r = NULL;
	bool bad = false;
	int rc;
	sn_error_t err;
	long c_id, c_benef, c_orgnr, c_country, c_name, c_prio, c_fund, c_cci;

	sn__import_begin(imp, "esf");
	if ((err = open_csv(&r, path, ';', diag)) != SN_OK)
		return err;
	c_id = esf_col(r, "Diarienummer");
	c_benef = esf_col(r, "St\xc3\xb6" "dmottagare");
	c_orgnr = esf_col(r, "Projekt\xc3\xa4gare organisationsnummer");
	c_country = esf_col(r, "St\xc3\xb6" "dmottagarens land");
	c_name = esf_col(r, "Namn p\xc3\xa5 insatsen");
	c_prio = esf_col(r, "Programomr\xc3\xa5" "de");
	c_fund = esf_col(r, "EU-fond");
	c_cci = esf_col(r, "Program CCI");
	if (c_id < 0 || c_benef < 0) {
		sn_diag_add(diag, SN_DIAG_ERROR, path, 1, 0, "missing required column '%s'",
			    c_id < 0 ? "Diarienummer / Operation ID" : "St\xc3\xb6" "dmottagare / Beneficiary");
		sn__rows_free(r);
		return sn_error_set(SN_EDATA, "%s: missing required columns", path);
	}
	while ((rc = sn__rows_next(r, diag)) > 0) {
		char key[300], kind[200];
		const char *dnr = sn__rows_get(r, c_id), *country = sn__rows_get(r, c_country);
		const char *cci = sn__rows_get(r, c_cci);
		snprintf(key, sizeof key, "%s%s", dnr[0] ? "esf-" : "", dnr);
		/* The period follows from the CCI prefix (2014..., 2021...). */
		snprintf(kind, sizeof kind, "%s%s%.4s%s", sn__rows_get(r, c_fund), cci[0] ? " " : "", cci,
			 strncmp(cci, "2021", 4) == 0 ? "-2027" : strncmp(cci, "2014", 4) == 0 ? "-2020" : "");
		operation_t o = {
			key, NULL, sn__rows_get(r, c_name), sn__rows_get(r, c_prio), kind, cci,
			sn__rows_get(r, c_benef), sn__rows_get(r, c_orgnr),
			sn__import_iso_country(country[0] ? country : "SE"), "", c_orgnr,
			esf_col(r, "Startdatum"), esf_col(r, "Slutdatum"), esf_col(r, "Total projektbudget"),
			esf_col(r, "EU-st\xc3\xb6" "d i SEK"), "SEK"
		};
		if ((err = operation(imp, r, &o, diag, &bad)) != SN_OK)
			break;
	}
	sn__rows_free(r);
	return sn__import_outcome(rc, err, bad, diag, path);
}
