/*
 * The dataset loader: actors, projects, memberships, coalitions and the
 * territory tree of one folder, every problem reported with its position.
 */
#include "config.h"

#include <assert.h>

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "base/dataset_private.h"
#include "base/progress_private.h"
#include "base/strmap.h"
#include "base/table_private.h"
#include "base/utf8.h"
#include "samnet/dataset.h"

static const char *const type_names[SN_ACTOR_TYPE_COUNT] = {
	"region", "kommun", "lansstyrelse", "agency", "university",
	"company", "fund", "ngo", "association", "research", "other"
};

static const char *const role_names[SN_ROLE_COUNT] = {
	"lead", "partner", "funder", "owner", "member"
};

const char *sn_actor_type_name(sn_actor_type_t type)
{
	return type < SN_ACTOR_TYPE_COUNT ? type_names[type] : "?";
}

sn_error_t sn_actor_type_parse(const char *name, sn_actor_type_t *out)
{
	for (int i = 0; i < SN_ACTOR_TYPE_COUNT; i++)
		if (strcmp(name, type_names[i]) == 0) {
			*out = (sn_actor_type_t)i;
			return SN_OK;
		}
	return sn_error_set(SN_EDATA, "unknown actor type '%s'", name);
}

bool sn_actor_type_is_territorial(sn_actor_type_t type)
{
	return type == SN_ACTOR_REGION || type == SN_ACTOR_KOMMUN || type == SN_ACTOR_LANSSTYRELSE;
}

const char *sn_role_name(unsigned bit_index)
{
	return bit_index < SN_ROLE_COUNT ? role_names[bit_index] : "?";
}

sn_error_t sn__role_parse(const char *name, unsigned *bits_out)
{
	for (unsigned i = 0; i < SN_ROLE_COUNT; i++)
		if (strcmp(name, role_names[i]) == 0) {
			*bits_out = 1u << i;
			return SN_OK;
		}
	return SN_EDATA;
}

void sn_dataset_free(sn_dataset_t *ds)
{
	if (!ds)
		return;
	for (size_t i = 0; i < ds->nactors; i++) {
		free(ds->actors[i].id);
		free(ds->actors[i].name);
	}
	for (size_t i = 0; i < ds->nprojects; i++) {
		free(ds->projects[i].id);
		free(ds->projects[i].name);
	}
	for (size_t i = 0; i < ds->nmemberships; i++)
		free(ds->memberships[i].selector);
	for (size_t i = 0; i < ds->ncoalitions; i++) {
		free(ds->coalitions[i].name);
		free(ds->coalitions[i].actors);
	}
	sn__attrs_destroy(&ds->actor_attrs);
	sn__attrs_destroy(&ds->project_attrs);
	free(ds->actors);
	free(ds->projects);
	free(ds->memberships);
	free(ds->coalitions);
	if (ds->actor_index)
		sn__strmap_destroy(ds->actor_index);
	if (ds->project_index)
		sn__strmap_destroy(ds->project_index);
	free(ds->actor_index);
	free(ds->project_index);
	sn_territories_free(ds->territories);
	free(ds->path);
	free(ds);
}

static char *join_path(const char *dir, const char *file)
{
	char *out = NULL;

	if (asprintf(&out, "%s/%s", dir, file) < 0)
		return NULL;
	return out;
}

/* True when `path` names anything, a dangling symbolic link included (opening it then says why). */
static bool file_exists(const char *path)
{
	struct stat st;

	return lstat(path, &st) == 0;
}

/* Opens dir/file; a missing optional file gives SN_OK with *out NULL. */
sn_error_t sn__dataset_open(sn_table_t **out, const sn_dataset_t *ds, const char *file,
			    bool required, const sn_dataset_options_t *opts,
			    const sn__load_share_t *share, sn_diag_t *diag)
{
	char *path = join_path(ds->path, file);
	sn_error_t err = SN_OK;

	*out = NULL;
	if (!path)
		return sn_error_set(SN_ENOMEM, "out of memory");
	if (!file_exists(path)) {
		/* An incomplete dataset is bad data; a file that cannot be read is an I/O error. */
		if (required) {
			sn_diag_add(diag, SN_DIAG_ERROR, path, 0, 0, "required file is missing");
			err = SN_EDATA;
		}
	} else {
		size_t errors_before = diag->errors;
		err = sn_table_open(out, path, NULL, &opts->table, diag);
		if (err == SN_EIO && diag->errors == errors_before)
			sn_diag_add(diag, SN_DIAG_ERROR, NULL, 0, 0, "%s", sn_error_last());
		if (*out && share)
			sn__table_report_reading(*out, share->progress, "load", share->at, share->end,
						 share->total);
	}
	free(path);
	return err;
}

static sn_error_t load_territories(sn_dataset_t *ds, const sn_dataset_options_t *opts,
				   sn_diag_t *diag)
{
	char *path = join_path(ds->path, "territories.csv");
	size_t errors_before = diag->errors;
	sn_error_t err;

	if (!path)
		return sn_error_set(SN_ENOMEM, "out of memory");
	if (!file_exists(path) && !opts->default_territories) {
		sn_diag_add(diag, SN_DIAG_ERROR, path, 0, 0,
			    "missing, and no default territory tree was given");
		err = SN_EDATA;
	} else if (file_exists(path)) {
		err = sn_territories_load(&ds->territories, path, &opts->table, diag);
	} else {
		/* The default tree is not the user's file: its dialect is detected, not forced. */
		sn_table_options_t own = opts->table;
		own.separator = 0;
		own.latin1 = false;
		err = sn_territories_load(&ds->territories, opts->default_territories, &own, diag);
	}
	if (err == SN_EIO && diag->errors == errors_before)
		sn_diag_add(diag, SN_DIAG_ERROR, NULL, 0, 0, "%s", sn_error_last());
	free(path);
	return err;
}

size_t sn_dataset_find_actor(const sn_dataset_t *ds, const char *id)
{
	return ds->actor_index ? sn__strmap_get(ds->actor_index, id) : SN_NO_PARENT;
}

size_t sn_dataset_find_project(const sn_dataset_t *ds, const char *id)
{
	return ds->project_index ? sn__strmap_get(ds->project_index, id) : SN_NO_PARENT;
}

size_t sn_dataset_nactors(const sn_dataset_t *ds)
{
	return ds->nactors;
}

const char *sn_dataset_actor_id(const sn_dataset_t *ds, size_t a)
{
	assert(a < ds->nactors);
	return ds->actors[a].id;
}

const char *sn_dataset_actor_name(const sn_dataset_t *ds, size_t a)
{
	assert(a < ds->nactors);
	return ds->actors[a].name;
}

sn_actor_type_t sn_dataset_actor_type(const sn_dataset_t *ds, size_t a)
{
	assert(a < ds->nactors);
	return ds->actors[a].type;
}

size_t sn_dataset_ncoalitions(const sn_dataset_t *ds)
{
	return ds->ncoalitions;
}

const char *sn_dataset_coalition_name(const sn_dataset_t *ds, size_t c)
{
	assert(c < ds->ncoalitions);
	return ds->coalitions[c].name;
}

const size_t *sn_dataset_coalition_actors(const sn_dataset_t *ds, size_t c, size_t *n_out)
{
	assert(c < ds->ncoalitions);
	*n_out = ds->coalitions[c].nactors;
	return ds->coalitions[c].actors;
}

size_t sn_dataset_find_coalition(const sn_dataset_t *ds, const char *name)
{
	for (size_t i = 0; i < ds->ncoalitions; i++)
		if (strcmp(ds->coalitions[i].name, name) == 0)
			return i;
	return SN_NO_PARENT;
}

sn_error_t sn_dataset_shared_projects(const sn_dataset_t *ds, size_t a, size_t b, size_t **out,
				      size_t *n)
{
	size_t count = 0;

	*out = NULL;
	*n = 0;
	if (a >= ds->nactors || b >= ds->nactors)
		return sn_error_set(SN_EINVAL, "shared projects: actor index out of range");
	/* Memberships are sorted by project then actor: one pass over each project's run. */
	for (size_t i = 0, end; i < ds->nmemberships; i = end) {
		bool has_a = false, has_b = false;
		for (end = i; end < ds->nmemberships &&
			      ds->memberships[end].project == ds->memberships[i].project; end++) {
			has_a |= ds->memberships[end].actor == a;
			has_b |= ds->memberships[end].actor == b;
		}
		if (!has_a || !has_b)
			continue;
		if (!(count & (count + 1))) {   /* 0, 1, 3, 7...: grow to 1, 2, 4, 8... */
			size_t *grown = realloc(*out, 2 * (count + 1) * sizeof **out);
			if (!grown) {
				free(*out);
				*out = NULL;
				return sn_error_set(SN_ENOMEM, "out of memory");
			}
			*out = grown;
		}
		(*out)[count++] = ds->memberships[i].project;
	}
	*n = count;
	return SN_OK;
}

size_t sn_dataset_actor_county(const sn_dataset_t *ds, size_t a)
{
	const sn_territories_t *t = ds->territories;
	size_t i = ds->actors[a].territory;

	if (i == SN_NO_PARENT || i == t->root)
		return SN_NO_PARENT;
	while (t->parent[i] != t->root && t->parent[i] != SN_NO_PARENT)
		i = t->parent[i];
	return i;
}

sn_error_t sn_dataset_represented_population(const sn_dataset_t *ds, const size_t *idx,
					     size_t n, int year, int64_t *out)
{
	size_t *terr = malloc((n ? n : 1) * sizeof *terr);
	size_t m = 0;

	if (!terr)
		return sn_error_set(SN_ENOMEM, "out of memory");
	for (size_t k = 0; k < n; k++)
		if (ds->actors[idx[k]].represents != SN_NO_PARENT)
			terr[m++] = ds->actors[idx[k]].represents;
	sn_error_t err = sn_territories_union_population(ds->territories, terr, m, year, out);
	free(terr);
	return err;
}

const char *sn_dataset_population_rule(const sn_dataset_t *ds)
{
	return sn_attrs_find(&ds->actor_attrs, "represents") >= 0
		       ? "territorial actors (region, kommun, lansstyrelse), overridden by the "
			 "represents column of actors.csv"
		       : "territorial actors only (region, kommun, lansstyrelse)";
}

/* Size in bytes of DIR/NAME, 0 when it cannot be read (the loader says why). */
static size_t file_size(const char *dir, const char *name)
{
	char path[4096];
	struct stat st;

	if (snprintf(path, sizeof path, "%s/%s", dir, name) >= (int)sizeof path ||
	    stat(path, &st) != 0 || !S_ISREG(st.st_mode))
		return 0;
	return (size_t)st.st_size;
}

sn_error_t sn_dataset_load(sn_dataset_t **out, const char *dir,
			   const sn_dataset_options_t *opts, sn_diag_t *diag)
{
	return sn_dataset_load_progress(out, dir, opts, diag, NULL);
}

sn_error_t sn_dataset_load_progress(sn_dataset_t **out, const char *dir,
				    const sn_dataset_options_t *opts, sn_diag_t *diag,
				    const sn_progress_t *progress)
{
	static const sn_dataset_options_t defaults = { SN_TABLE_OPTIONS_INIT, NULL };
	sn_dataset_t *ds = NULL;
	size_t errors_before = diag->errors;
	struct stat st;
	sn_error_t err = SN_OK;

	*out = NULL;
	if (!opts)
		opts = &defaults;
	if (stat(dir, &st) != 0)
		return sn_error_set(SN_EIO, "%s: %s", dir, strerror(errno));
	if (!S_ISDIR(st.st_mode))
		return sn_error_set(SN_EIO, "%s: not a folder (a dataset is a folder of CSV files)", dir);
	ds = calloc(1, sizeof *ds);
	if (ds) {
		ds->actor_index = calloc(1, sizeof(sn_strmap_t));
		ds->project_index = calloc(1, sizeof(sn_strmap_t));
	}
	if (!ds || !ds->actor_index || !ds->project_index || !(ds->path = strdup(dir))) {
		err = sn_error_set(SN_ENOMEM, "out of memory");
		goto done;
	}
	/* Each step runs even after another failed on data, to report every problem. */
	/* Progress "load": bytes of the folder's files, reported as they are read. */
	static const char *const names[5] = { "territories.csv", "actors.csv", "projects.csv",
					      "memberships.csv", "coalitions.csv" };
	size_t size[5], total = 0, done = 0;
	for (int i = 0; i < 5; i++)
		total += size[i] = file_size(dir, names[i]);
	sn__progress(progress, "load", 0, total);
	sn_error_t steps[5];
	for (int i = 0; i < 5; i++) {
		const sn__load_share_t share = { progress, done, done + size[i], total };
		steps[i] = i == 0 ? load_territories(ds, opts, diag)
			 : i == 1 ? sn__load_actors(ds, opts, &share, diag)
			 : i == 2 ? sn__load_projects(ds, opts, &share, diag)
			 : i == 3 ? sn__load_memberships(ds, opts, &share, diag)
			 : sn__load_coalitions(ds, opts, &share, diag);
		done += size[i];
		sn__progress(progress, "load", done, total);
	}
	/* A file that could not be read (SN_EIO, reported to diag) makes the whole load an I/O error. */
	bool io = false;
	for (int i = 0; i < 5; i++) {
		if (steps[i] == SN_EIO)
			io = true;
		else if (steps[i] != SN_OK && steps[i] != SN_EDATA && err == SN_OK)
			err = steps[i];
	}
	if (err == SN_OK && (io || diag->errors > errors_before))
		err = sn_error_set(io ? SN_EIO : SN_EDATA, "%s: %zu problem%s in the dataset", dir,
				   diag->errors - errors_before,
				   diag->errors - errors_before == 1 ? "" : "s");
done:
	if (err != SN_OK) {
		sn_dataset_free(ds);
		return err;
	}
	*out = ds;
	return SN_OK;
}
