/*
 * The importers' dataset writer: actors.csv, projects.csv, memberships.csv
 * and aliases.csv.  Self-contained on purpose (a library-wide dataset
 * writer may replace it).  Types and territories are settled here, from
 * everything the rows told about each actor.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "import/import_internal.h"
#include "samnet/table.h"

static const char *const file_names[SN_IMPORT_NFILES] = {
	"actors.csv", "projects.csv", "memberships.csv", "aliases.csv"
};

const char *sn_import_file_name(size_t i) { return i < SN_IMPORT_NFILES ? file_names[i] : NULL; }

/* A CSV field by the one quoting rule (sn_csv_field()), then its separator. */
static void field(FILE *fp, const char *s, bool last)
{
	if (s)
		sn_csv_field(fp, s, ',');
	fputc(last ? '\n' : ',', fp);
}

/* The shortest decimal that reads back as `v`; "" for NAN. */
static void number(FILE *fp, double v, bool last)
{
	char buf[40];

	if (isnan(v)) {
		field(fp, "", last);
		return;
	}
	/* At least as many digits as the integer part has, so that no exponent appears. */
	int first = fabs(v) >= 1 ? (int)floor(log10(fabs(v))) + 1 : 1;
	for (int prec = first < 17 ? first : 17; prec <= 17; prec++) {
		snprintf(buf, sizeof buf, "%.*g", prec, v);
		if (strtod(buf, NULL) == v)
			break;
	}
	field(fp, buf, last);
}

static sn_actor_type_t mapped_type(const sn_import_t *imp, const sn__iactor_t *a)
{
	char key[600], f[500];
	size_t t;

	if (a->orgnr[0] && (snprintf(key, sizeof key, "orgnr:%s", a->orgnr),
			    (t = sn__strmap_get(&imp->type_map, key)) != (size_t)-1))
		return (sn_actor_type_t)t;
	if (a->pic[0] && (snprintf(key, sizeof key, "pic:%s", a->pic),
			  (t = sn__strmap_get(&imp->type_map, key)) != (size_t)-1))
		return (sn_actor_type_t)t;
	sn__import_fold(a->name, f, sizeof f);
	snprintf(key, sizeof key, "name:%s", f);
	if ((t = sn__strmap_get(&imp->type_map, key)) != (size_t)-1)
		return (sn_actor_type_t)t;
	sn__import_fold(a->source_type, f, sizeof f);
	snprintf(key, sizeof key, "source:%s", f);
	if (a->source_type[0] && (t = sn__strmap_get(&imp->type_map, key)) != (size_t)-1)
		return (sn_actor_type_t)t;
	return SN_ACTOR_TYPE_COUNT;
}

static sn_actor_type_t final_type(const sn_import_t *imp, const sn__iactor_t *a)
{
	sn_actor_type_t t = mapped_type(imp, a);

	/* a->key holds a samnet type the source gave (a table's --type, an existing dataset). */
	if (t == SN_ACTOR_TYPE_COUNT && a->key[0] && sn_actor_type_parse(a->key, &t) != SN_OK)
		t = SN_ACTOR_TYPE_COUNT;
	if (t == SN_ACTOR_TYPE_COUNT)
		t = sn_import_infer_type(a->name, a->source_type, a->orgnr);
	return t;
}

/* The territory: one the source gave, else one the name identifies, else the NUTS-3's län. */
static const char *final_territory(const sn_import_t *imp, const sn__iactor_t *a, sn_actor_type_t t)
{
	const char *code;

	if (a->territory[0]) {
		if (imp->territories && sn_territories_find(imp->territories, a->territory) != SN_NO_PARENT)
			return a->territory;
		if ((code = sn_nuts3_lan(a->territory)))
			return code;
	}
	if ((code = sn__import_name_territory(imp, a->name, t)))
		return code;
	if ((!a->country[0] || strcmp(a->country, "SE") == 0) && (code = sn_nuts3_lan(a->nuts3)))
		return code;
	return "";
}

static void write_actors(const sn_import_t *imp, FILE *fp)
{
	fputs("id,name,type,territory,represents,country,nuts3,orgnr,pic,source_type,sources\n", fp);
	for (size_t i = 0; i < imp->nactors; i++) {
		const sn__iactor_t *a = &imp->actors[i];
		sn_actor_type_t t = final_type(imp, a);
		char sources[256] = "";
		for (size_t s = 0; s < imp->nsources; s++)
			if (a->sources & (1u << s))
				snprintf(sources + strlen(sources), sizeof sources - strlen(sources), "%s%s",
					 sources[0] ? "|" : "", imp->sources[s]);
		field(fp, a->id, false);
		field(fp, a->name, false);
		field(fp, sn_actor_type_name(t), false);
		const char *terr = final_territory(imp, a, t);
		field(fp, terr, false);
		/* A kommun placed only by its county must not carry the county's population. */
		field(fp, t == SN_ACTOR_KOMMUN && strlen(terr) == 2 ? "none" : "", false);
		field(fp, a->country, false);
		field(fp, a->nuts3, false);
		field(fp, a->orgnr, false);
		field(fp, a->pic, false);
		field(fp, a->source_type, false);
		field(fp, sources, true);
	}
}

static void write_projects(const sn_import_t *imp, FILE *fp)
{
	fputs("id,name,acronym,theme,kind,programme,start,end,budget,eu_contribution,currency,"
	      "budget_sek,source\n", fp);
	for (size_t i = 0; i < imp->nprojects; i++) {
		const sn__iproject_t *p = &imp->projects[i];
		bool sek = p->currency && strcmp(p->currency, "SEK") == 0;
		field(fp, p->id, false);
		field(fp, p->name && p->name[0] ? p->name : p->id, false);
		field(fp, p->acronym, false);
		field(fp, p->theme, false);
		field(fp, p->kind, false);
		field(fp, p->programme, false);
		field(fp, p->start, false);
		field(fp, p->end, false);
		number(fp, p->budget, false);
		number(fp, p->eu, false);
		field(fp, isnan(p->budget) && isnan(p->eu) ? "" : p->currency, false);
		number(fp, sek ? p->budget : NAN, false);
		field(fp, p->source, true);
	}
}

static void write_memberships(const sn_import_t *imp, FILE *fp)
{
	fputs("project,actor,role,participation,amount,currency,amount_sek\n", fp);
	for (size_t i = 0; i < imp->nmembers; i++) {
		const sn__imember_t *m = &imp->members[i];
		bool sek = m->currency && strcmp(m->currency, "SEK") == 0 && !isnan(m->amount);
		char part[64] = "";
		if (m->part & SN__PART_COORDINATOR)
			strcat(part, "coordinator");
		if (m->part & SN__PART_PARTNER)
			strcat(part, part[0] ? "|partner" : "partner");
		if (m->part & SN__PART_ASSOCIATED)
			strcat(part, part[0] ? "|associated" : "associated");
		field(fp, imp->projects[m->project].id, false);
		field(fp, imp->actors[m->actor].id, false);
		/* The dataset's roles: a coordinator leads; partners and associated partners are partners. */
		field(fp, m->part & SN__PART_COORDINATOR ? "lead" : m->part ? "partner" : "", false);
		field(fp, part, false);
		number(fp, m->amount, false);
		field(fp, isnan(m->amount) ? "" : m->currency, false);
		number(fp, sek ? m->amount : NAN, true);
	}
}

static void write_selectors(const sn_import_t *imp, FILE *fp)
{
	for (size_t i = 0; i < imp->nselectors; i++) {
		const sn__iselector_t *m = &imp->selectors[i];
		field(fp, imp->projects[m->project].id, false);
		field(fp, m->actor, false);
		field(fp, m->part & SN__PART_COORDINATOR ? "lead" : "partner", false);
		field(fp, m->part & SN__PART_COORDINATOR ? "coordinator" : "partner", false);
		fputs(",,\n", fp);
	}
}

static void write_aliases(const sn_import_t *imp, FILE *fp)
{
	fputs("actor,scheme,value\n", fp);
	for (size_t i = 0; i < imp->naliases; i++) {
		field(fp, imp->actors[imp->aliases[i].actor].id, false);
		field(fp, imp->aliases[i].scheme, false);
		field(fp, imp->aliases[i].value, true);
	}
}

sn_error_t sn_import_write(const sn_import_t *imp, FILE **fps)
{
	write_actors(imp, fps[0]);
	write_projects(imp, fps[1]);
	write_memberships(imp, fps[2]);
	write_selectors(imp, fps[2]);
	write_aliases(imp, fps[3]);
	for (size_t i = 0; i < SN_IMPORT_NFILES; i++)
		if (ferror(fps[i]))
			return sn_error_set(SN_EIO, "%s: write error", file_names[i]);
	return SN_OK;
}

static sn_error_t fill_import(FILE *const *fps, const void *imp)
{
	FILE *fp[SN_IMPORT_NFILES];

	memcpy(fp, fps, sizeof fp);
	return sn_import_write(imp, fp);
}

void sn_import_folder(sn_dataset_folder_t *f, const sn_import_t *imp, const char *dir,
		      const char *into)
{
	static const char *const carried[] = { "coalitions.csv", "territories.csv" };

	*f = (sn_dataset_folder_t){ .dir = dir, .written = file_names, .nwritten = SN_IMPORT_NFILES,
				    .fill = fill_import, .arg = imp, .source = into,
				    .carried = carried, .ncarried = 2 };
}
