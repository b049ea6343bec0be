/*
 * serve/api_ties.c: GET /api/ties, the collaboration ties among a set of
 * members (contract in serve/serve.h).  The members come from
 * sn_coalition_members_parse(), each pair's shared projects from
 * sn_dataset_shared_projects(); this file only writes them.
 */
#include "config.h"

#include <stdlib.h>

#include "serve/serve.h"

static void write_member(FILE *f, const char *id, const char *name)
{
	fputs("{\"id\": ", f);
	serve_json_str(f, id);
	fputs(", \"name\": ", f);
	serve_json_str(f, name);
	fputs("}", f);
}

/* The tie of members a and b when they share a project; *written says whether one was. */
static sn_error_t write_tie(FILE *f, const sn_dataset_t *ds, size_t a, size_t b, bool *written)
{
	size_t *projects, n;
	sn_error_t err;

	if ((err = sn_dataset_shared_projects(ds, a, b, &projects, &n)) || !n)
		return err;
	fputs(*written ? ",\n" : "\n", f);
	fputs("{\"a\": ", f);
	serve_json_str(f, ds->actors[a].id);
	fputs(", \"b\": ", f);
	serve_json_str(f, ds->actors[b].id);
	fprintf(f, ", \"shared\": %zu, \"projects\": [", n);
	for (size_t k = 0; k < n; k++) {
		fputs(k ? ", " : "", f);
		write_member(f, ds->projects[projects[k]].id, ds->projects[projects[k]].name);
	}
	fputs("]}", f);
	free(projects);
	*written = true;
	return SN_OK;
}

sn_error_t serve_ties(FILE *f, const serve_api_t *api, const serve_args_t *args)
{
	const sn_dataset_t *ds = api->ds;
	const char *list = serve_arg(args, "members");
	size_t *members, n;
	bool written = false;
	sn_error_t err;

	if (!list)
		return sn_error_set(SN_EINVAL, "members: give members=ID,ID,... (ids or selectors)");
	if ((err = sn_coalition_members_parse(&members, &n, ds, list)))
		return err;
	fputs("{\"members\": [", f);
	for (size_t i = 0; i < n; i++) {
		fputs(i ? ",\n" : "\n", f);
		write_member(f, ds->actors[members[i]].id, ds->actors[members[i]].name);
	}
	fputs("],\n\"ties\": [", f);
	for (size_t i = 0; i < n && !err; i++)
		for (size_t j = i + 1; j < n && !err; j++)
			err = write_tie(f, ds, members[i], members[j], &written);
	fputs("]}\n", f);
	free(members);
	return err;
}
