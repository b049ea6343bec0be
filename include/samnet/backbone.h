/*
 * samnet/backbone.h: the significant ties of the actor projection.
 *
 * Three methods, all reading the two-mode network as an incidence
 * (samnet/nullmodel.h) and returning the kept ties of the actor projection:
 *
 *   disparity  the disparity filter of Serrano, Boguñá & Vespignani (2009,
 *              "Extracting the multiscale backbone of complex weighted
 *              networks", PNAS 106:6483) on the weighted projection;
 *   sdsm       the stochastic degree sequence model (Neal 2014, "The
 *              backbone of bipartite projections", Social Networks
 *              39:84-97) with the membership probabilities of the bipartite
 *              configuration model, BiCM (Saracco et al. 2015; Neal,
 *              Domagalski & Sagan 2021, "Comparing alternatives to the fixed
 *              degree sequence model for extracting the backbone of bipartite
 *              projections", Scientific Reports 11:23929): the shared count
 *              of two actors is then Poisson-binomial, computed exactly;
 *   fdsm       the fixed degree sequence model (Neal 2014): the shared
 *              count compared with curveball samples that keep both degree
 *              sequences exactly.
 *
 * Only positive ties are extracted (shared count significantly above
 * chance, the upper tail); Neal's signed backbones are not.
 *
 * Lifetime: sn_backbone_t is caller-held, sn_backbone_init() /
 * sn_backbone_destroy(); destroy is safe after init and after any failure.
 */
#ifndef SAMNET_BACKBONE_H
#define SAMNET_BACKBONE_H

#include <stdbool.h>
#include <stddef.h>

#include <igraph.h>

#include "samnet/dataset_write.h"
#include "samnet/error.h"
#include "samnet/network.h"
#include "samnet/nullmodel.h"
#include "samnet/progress.h"
#include "samnet/seed.h"
#include "samnet/significance.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
	SN_BACKBONE_DISPARITY,
	SN_BACKBONE_SDSM,
	SN_BACKBONE_FDSM
} sn_backbone_method_t;

/* "disparity", "sdsm", "fdsm" and the reverse; parse gives SN_EINVAL with a message. */
const char *sn_backbone_method_name(sn_backbone_method_t m);
sn_error_t sn_backbone_method_parse(const char *name, sn_backbone_method_t *out);

/*
 * Disparity-filter significance of every edge of a weighted undirected
 * graph, seen from each end: for an edge of weight w at a vertex of degree
 * k and strength s, alpha = (1 - w / s)^(k - 1) (Serrano et al. 2009,
 * eq. 2), the probability that a uniform random split of s over k edges
 * gives this edge at least w.  At a vertex of degree 1 alpha is 1 (the
 * edge carries all of its strength, no evidence either way), so such
 * edges are judged from their other end only, as in the paper.
 * `alpha_from` / `alpha_to` (initialised, resized to the edges) hold alpha
 * at IGRAPH_FROM(e) and IGRAPH_TO(e).  Weights must be positive.
 * Returns SN_OK, SN_EINVAL (directed graph, wrong weight count, weight
 * <= 0 or not finite), SN_ENOMEM.  O(V + E).
 */
sn_error_t sn_disparity_alpha(igraph_vector_t *alpha_from, igraph_vector_t *alpha_to,
			      const igraph_t *graph, const igraph_vector_t *weights);

/*
 * The bipartite configuration model (BiCM, Saracco, Di Clemente, Gabrielli
 * & Squartini 2015, "Randomizing bipartite networks: the case of the World
 * Trade Web", Sci. Rep. 5:10595) fitted to an incidence:
 * P(actor i in project p) = x_i y_p / (1 + x_i y_p), with expected degrees
 * equal to the observed ones, sum_p P_ip = k_i and sum_i P_ip = d_p.
 *
 * Margins that force the answer are fixed first, in rounds ("peeling"): a
 * row or column with no memberships left among the free ones gets
 * probability 0 with every free partner; one that is full gets 1 and
 * lowers its partners' remaining degrees.  A cell whose ends were both
 * fixed takes the value of the end fixed first.  The free part is solved
 * by the fixed-point iteration x_i <- k_i / sum_p y_p / (1 + x_i y_p),
 * y_p <- d_p / sum_i x_i / (1 + x_i y_p) over the distinct remaining
 * degrees (equal degrees share their parameter).
 *
 * Lifetime: caller-held, sn_bicm_init() / sn_bicm_destroy().
 */
typedef struct {
	igraph_vector_t x;            /* [nactors] 0 or +INFINITY when fixed */
	igraph_vector_t y;            /* [nprojects] */
	igraph_vector_int_t xround;   /* [nactors] peeling round that fixed it, -1: free */
	igraph_vector_int_t yround;   /* [nprojects] */
	size_t iterations;            /* sweeps used */
	double residual;              /* largest |expected - observed degree| at the end */
	bool built;
} sn_bicm_t;

void sn_bicm_init(sn_bicm_t *m);
void sn_bicm_destroy(sn_bicm_t *m);

/*
 * Fits `m` (initialised; a previous fit is replaced) to `inc`: iterates until every expected degree is
 * within `tol` (0: 1e-10) of the observed one, for at most `max_iter`
 * (0: 100000) sweeps.  Returns SN_OK, SN_ENUMERIC when the iteration does
 * not converge (degree sequences on the boundary of the model, for which
 * no maximum-likelihood solution exists), SN_ENOMEM.  O(iterations x
 * distinct actor degrees x distinct project degrees).
 */
sn_error_t sn_bicm_fit(sn_bicm_t *m, const sn_incidence_t *inc, double tol, size_t max_iter);

/* P(actor i in project p) under a fitted model.  O(1). */
double sn_bicm_probability(const sn_bicm_t *m, size_t i, size_t p);

/*
 * Upper tail P(S >= s) of the Poisson-binomial distribution of
 * S = sum of n independent Bernoulli(q[k]), computed exactly by dynamic
 * programming over the counts 0..s-1 with an absorbing state for ">= s",
 * so that small tails do not lose digits to 1 - CDF.  s = 0 gives 1,
 * s > n gives 0.  Returns SN_OK, SN_EINVAL (a q outside [0, 1]),
 * SN_ENOMEM.  O(n s) time, O(s) memory.
 */
sn_error_t sn_poisson_binomial_upper(double *out, const double *q, size_t n, size_t s);

typedef struct {
	sn_backbone_method_t method;
	double alpha;                 /* keep ties with (adjusted) p < alpha; default 0.05 */
	sn_padjust_t correction;      /* default none */
	sn_weighting_t weighting;     /* disparity weights and the weight column; default count */
	size_t samples;               /* fdsm: curveball samples; default 1000 */
	size_t trades;                /* fdsm: trades before each sample; 0: 5 x memberships */
	double tol;                   /* sdsm: BiCM tolerance; 0: 1e-10 */
	size_t max_iter;              /* sdsm: BiCM sweeps; 0: 100000 */
	sn_progress_t progress;       /* fdsm: step "samples", after each sample
					 (samnet/progress.h); zeroed: none */
} sn_backbone_options_t;

#define SN_BACKBONE_OPTIONS_INIT \
	{ SN_BACKBONE_DISPARITY, 0.05, SN_PADJUST_NONE, SN_WEIGHT_COUNT, 1000, 0, 0, 0, { NULL, NULL } }

typedef struct {
	igraph_t graph;              /* nactors vertices (vertex v = actor v), the kept ties */
	igraph_vector_t shared;      /* [kept] observed shared projects */
	igraph_vector_t weight;      /* [kept] projection weight under opts->weighting */
	igraph_vector_t p;           /* [kept] p-value (disparity: min of the two alphas) */
	igraph_vector_t p_adjusted;  /* [kept] after the correction (= p for none) */
	size_t tested;               /* ties of the projection that were tested */
	size_t family;               /* hypotheses in the correction family */
	size_t nactors;
	sn_backbone_method_t method;
	double alpha;
	bool built;
} sn_backbone_t;

void sn_backbone_init(sn_backbone_t *bb);
void sn_backbone_destroy(sn_backbone_t *bb);

/*
 * Extracts the backbone of the actor projection of `inc`.  The tested
 * ties are the pairs of actors sharing at least one project; a pair
 * sharing none cannot be significant above chance.  A tie is kept when
 * its (adjusted) p-value is below opts->alpha.
 *
 *   disparity: p = min(alpha_from, alpha_to) on the projection weighted by
 *              opts->weighting ("either endpoint", Serrano et al. 2009);
 *              the correction family is the tested ties.
 *   sdsm:      p = P(S_ij >= observed), S_ij Poisson-binomial with
 *              probabilities P_ip P_jp over all projects, P from the BiCM
 *              fit; the family is all nactors (nactors - 1) / 2 pairs
 *              (untested pairs have p = 1), as in Neal's backbone package.
 *   fdsm:      p = (1 + #{samples with S_ij >= observed}) / (1 + S) over S
 *              curveball samples drawn from one chain (`trades` trades
 *              before each); never 0, so with S samples no p is below
 *              1 / (1 + S): use enough samples for the correction
 *              (Bonferroni over m pairs needs S > m / alpha).  Same family
 *              as sdsm.  `rng` (borrowed) must not be NULL.
 *
 * `out` must be initialised; on failure it stays destroyable.  Returns
 * SN_OK; SN_EINVAL (alpha not in (0, 1], 0 samples for fdsm, no rng for
 * fdsm); SN_ENUMERIC (BiCM did not converge); SN_ENOMEM.
 * Complexity: disparity O(sum n_p^2); sdsm O(BiCM + ties x projects x
 * shared); fdsm O(S x (trades x max degree + ties x max degree)).
 */
sn_error_t sn_backbone_extract(sn_backbone_t *out, const sn_incidence_t *inc,
			       const sn_backbone_options_t *opts, sn_rng_t *rng);

/*
 * sn_backbone_extract() on the incidence of `net`, with a generator seeded
 * by `seed` (fdsm's curveball chain; the other methods draw nothing).
 * Same contract and errors.
 */
sn_error_t sn_backbone_of_network(sn_backbone_t *out, const sn_network_t *net,
				  const sn_backbone_options_t *opts, uint64_t seed);

/*
 * Writes the backbone `bb` of the actor projection of `net` (its vertex v
 * is actor vertex v of `net`) as a dataset through `w`, into the files
 * whose streams `w` has (the others are skipped): one two-member project
 * per kept tie, "tie-1", "tie-2", ..., named "A -- B" with the columns
 * kind, shared, weight, p and p_adjusted (projects.csv); its two
 * memberships (memberships.csv); and the edge table actor_a, actor_b,
 * shared, weight, p, p_adjusted (ties.csv).  Reals have 17 significant
 * digits.  The dataset's own actors, territories and coalitions are the
 * caller's to copy.  Errors: SN_ENOMEM (a failed write is left to
 * sn_dataset_writer_finish).  O(ties).
 */
sn_error_t sn_backbone_write_dataset(sn_dataset_writer_t *w, const sn_backbone_t *bb,
				     const sn_network_t *net);

/* The dataset folder of a backbone (samnet backbone --dataset). */
typedef struct {
	sn_dataset_folder_t folder;   /* what sn_dataset_plan()/sn_dataset_folder_write() take */
	const sn_backbone_t *bb;
	const sn_network_t *net;
} sn_backbone_folder_t;

/*
 * Describes the folder `dir` holding the backbone `bb` of `net` as a
 * dataset: ties.csv, projects.csv and memberships.csv written by
 * sn_backbone_write_dataset(), then actors.csv, territories.csv and
 * coalitions.csv carried over from the dataset folder `source` (the one
 * `net` was built from; NULL: none) when it has them.  `bb` and `net` may
 * still be NULL here (the file names are known at once) and must be set
 * before the folder is filled.  Everything is borrowed; f->folder.arg
 * points at `f`, so `f` is used in place, not copied.  Cannot fail.
 */
void sn_backbone_folder(sn_backbone_folder_t *f, const sn_backbone_t *bb, const sn_network_t *net,
			const char *dir, const char *source);

#ifdef __cplusplus
}
#endif
#endif
