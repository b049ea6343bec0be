/* A partition of the actors read from a CSV file (samnet/partition.h). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "samnet/partition.h"

/* Distinct label texts in order of first appearance. */
typedef struct {
	char **names;
	size_t n;
} names_t;

static void names_free(names_t *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->names[i]);
	free(l->names);
}

/* Number of `label`, added when new; -1 when out of memory. */
static long name_number(names_t *l, const char *label)
{
	size_t k;

	for (k = 0; k < l->n && strcmp(l->names[k], label); k++)
		;
	if (k < l->n)
		return (long)k;
	char **grown = realloc(l->names, (l->n + 1) * sizeof *grown);
	if (!grown)
		return -1;
	l->names = grown;
	if (!(grown[l->n] = strdup(label)))
		return -1;
	return (long)l->n++;
}

/* Reads the rows of the open table `t` into `labels`. */
static sn_error_t read_rows(igraph_vector_int_t *labels, const sn_network_t *net, sn_table_t *t,
			    sn_diag_t *diag)
{
	long ca = sn_table_find(t, "actor") >= 0 ? sn_table_find(t, "actor")
						 : sn_table_require(t, "id", diag);
	long cc = sn_table_require(t, "community", diag);
	names_t names = { NULL, 0 };
	size_t *first_line = NULL;   /* per actor: the line that gave its community, 0: none */
	sn_error_t err = SN_OK;
	int more = 0;

	if (ca < 0 || cc < 0)
		return SN_EDATA;
	if (!(first_line = calloc(net->dataset->nactors + 1, sizeof *first_line)))
		return sn_error_set(SN_ENOMEM, "out of memory");
	while ((more = sn_table_next(t, diag)) > 0) {
		const char *id = sn_table_field(t, (size_t)ca), *lab = sn_table_field(t, (size_t)cc);
		size_t a = sn_dataset_find_actor(net->dataset, id);
		igraph_integer_t v;
		long k;

		if (a == SN_NO_PARENT) {
			sn_diag_add(diag, SN_DIAG_ERROR, sn_table_label(t), sn_table_line(t),
				    (size_t)ca + 1, "unknown actor '%s'", id);
			continue;
		}
		/* One community per actor: a second row would silently win. */
		if (first_line[a]) {
			sn_diag_add(diag, SN_DIAG_ERROR, sn_table_label(t), sn_table_line(t),
				    (size_t)ca + 1, "actor '%s' is listed twice (first on line %zu)", id,
				    first_line[a]);
			continue;
		}
		first_line[a] = sn_table_line(t);
		v = sn_network_actor_vertex(net, a);
		if (v < 0 || lab[0] == '\0')
			continue;   /* an actor outside the network, or no label */
		if ((k = name_number(&names, lab)) < 0) {
			err = sn_error_set(SN_ENOMEM, "out of memory");
			break;
		}
		VECTOR(*labels)[v] = (igraph_integer_t)k;
	}
	names_free(&names);
	free(first_line);
	if (err == SN_OK)
		err = more < 0 ? (sn_error_t)more : diag->errors ? SN_EDATA : SN_OK;
	return err;
}

sn_error_t sn_partition_read(igraph_vector_int_t *labels, const sn_network_t *net,
			     const char *path, const sn_table_options_t *opts, sn_diag_t *diag)
{
	sn_table_t *t = NULL;
	sn_error_t err;

	if (!net || !net->built)
		return sn_error_set(SN_EINVAL, "partition: the network is not built");
	if (igraph_vector_int_resize(labels, (igraph_integer_t)net->nactors))
		return sn_error_set(SN_ENOMEM, "partition: out of memory");
	igraph_vector_int_fill(labels, SN_GROUP_NONE);
	if ((err = sn_table_open(&t, path, NULL, opts, diag)) == SN_OK &&
	    (err = read_rows(labels, net, t, diag)) == SN_EDATA)
		sn_error_set(SN_EDATA, "%s: the partition has errors", path);
	sn_table_free(t);
	return err;
}
