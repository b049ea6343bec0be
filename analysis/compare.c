/*
 * Comparison of two partitions: NMI, adjusted Rand, Rand and variation of
 * information through igraph_compare_communities(), skipping unknown
 * labels.  See include/samnet/communities.h.
 */
#include "config.h"

#include <igraph.h>

#include "samnet/communities.h"

static sn_error_t measure(double *out, const igraph_vector_int_t *a, const igraph_vector_int_t *b,
			  igraph_community_comparison_t method, const char *what)
{
	igraph_real_t x;
	sn_error_t err;

	err = sn_error_from_igraph(igraph_compare_communities(a, b, &x, method), what);
	if (err == SN_OK)
		*out = x;
	return err;
}

/*
 * Relabels `v` with labels below its length, equal labels staying equal:
 * each label becomes its position in the sorted labels.  igraph requires
 * labels below the number of vertices, and a county's index in the
 * territory tree is often larger than the number of actors compared.
 */
static sn_error_t compact(igraph_vector_int_t *v)
{
	igraph_vector_int_t sorted;
	igraph_integer_t pos;

	if (igraph_vector_int_init_copy(&sorted, v))
		return sn_error_set(SN_ENOMEM, "compare partitions: out of memory");
	igraph_vector_int_sort(&sorted);
	for (igraph_integer_t i = 0; i < igraph_vector_int_size(v); i++) {
		igraph_vector_int_binsearch(&sorted, VECTOR(*v)[i], &pos);
		VECTOR(*v)[i] = pos;
	}
	igraph_vector_int_destroy(&sorted);
	return SN_OK;
}

sn_error_t sn_partitions_compare(sn_partition_comparison_t *out, const igraph_vector_int_t *a,
				 const igraph_vector_int_t *b)
{
	igraph_integer_t n = igraph_vector_int_size(a);
	igraph_vector_int_t fa, fb;
	sn_partition_comparison_t res = { 0, 0, 0, 0, 0 };
	sn_error_t err = SN_OK;

	if (igraph_vector_int_size(b) != n)
		return sn_error_set(SN_EINVAL, "compare partitions: lengths differ (%" IGRAPH_PRId
				    " and %" IGRAPH_PRId ")", n, igraph_vector_int_size(b));
	if (igraph_vector_int_init(&fa, 0))
		return sn_error_set(SN_ENOMEM, "compare partitions: out of memory");
	if (igraph_vector_int_init(&fb, 0)) {
		igraph_vector_int_destroy(&fa);
		return sn_error_set(SN_ENOMEM, "compare partitions: out of memory");
	}
	for (igraph_integer_t v = 0; v < n; v++) {
		if (VECTOR(*a)[v] < 0 || VECTOR(*b)[v] < 0)
			continue;
		if (igraph_vector_int_push_back(&fa, VECTOR(*a)[v]) ||
		    igraph_vector_int_push_back(&fb, VECTOR(*b)[v])) {
			err = sn_error_set(SN_ENOMEM, "compare partitions: out of memory");
			goto done;
		}
	}
	res.n = (size_t)igraph_vector_int_size(&fa);
	if (res.n < 2) {
		err = sn_error_set(SN_EINVAL, "compare partitions: %zu vertices with known labels "
				   "in both; at least 2 are needed", res.n);
		goto done;
	}
	if ((err = compact(&fa)) || (err = compact(&fb)) ||
	    (err = measure(&res.nmi, &fa, &fb, IGRAPH_COMMCMP_NMI, "NMI")) ||
	    (err = measure(&res.ari, &fa, &fb, IGRAPH_COMMCMP_ADJUSTED_RAND, "adjusted Rand")) ||
	    (err = measure(&res.rand, &fa, &fb, IGRAPH_COMMCMP_RAND, "Rand")) ||
	    (err = measure(&res.vi, &fa, &fb, IGRAPH_COMMCMP_VI, "VI")))
		goto done;
	*out = res;
done:
	igraph_vector_int_destroy(&fb);
	igraph_vector_int_destroy(&fa);
	return err;
}
