/*
 * Tests for centrality (samnet/centrality.h): one-mode measures on Zachary's
 * karate club, a small weighted graph and a disconnected graph; two-mode
 * measures on the Davis Southern Women network.  Expected values come from
 * NetworkX 2.8.8 and python-igraph 0.10.2 (Debian bookworm packages), the
 * exact call above each array; graphs are built in the same vertex order.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <check.h>

#include "samnet/centrality.h"

#define TOL 1e-9

/* Compares `v` with `want[0..n)` to `tol`; NaN must meet NaN. */
static void assert_vector(const igraph_vector_t *v, const double *want, size_t n, double tol,
			  const char *what)
{
	ck_assert_msg((size_t)igraph_vector_size(v) == n, "%s: %ld values, want %zu", what,
		      (long)igraph_vector_size(v), n);
	for (size_t i = 0; i < n; i++) {
		double got = VECTOR(*v)[i];
		if (isnan(want[i]))
			ck_assert_msg(isnan(got), "%s[%zu] = %.12g, want NaN", what, i, got);
		else
			ck_assert_msg(fabs(got - want[i]) <= tol, "%s[%zu] = %.15g, want %.15g", what,
				      i, got, want[i]);
	}
}

/* Runs measure `m` and compares. */
static void check_measure(const igraph_t *g, const igraph_vector_t *w, sn_measure_t m,
			  bool normalized, const double *want, size_t n, double tol)
{
	igraph_vector_t out;

	igraph_vector_init(&out, 0);
	ck_assert_msg(sn_centrality_compute(&out, g, w, m, normalized) == SN_OK, "%s: %s",
		      sn_measure_name(m), sn_error_last());
	assert_vector(&out, want, n, tol, sn_measure_name(m));
	igraph_vector_destroy(&out);
}

/* ---- Zachary's karate club: igraph_famous("Zachary") = python-igraph Graph.Famous("Zachary"). */

#define ZN 34

/* nx.degree_centrality(G), G = nx.Graph(Graph.Famous("Zachary").get_edgelist()) */
static const double z_degree[ZN] = {0.48484848484848486, 0.2727272727272727, 0.30303030303030304, 0.18181818181818182, 0.09090909090909091, 0.12121212121212122, 0.12121212121212122, 0.12121212121212122, 0.15151515151515152, 0.06060606060606061, 0.09090909090909091, 0.030303030303030304, 0.06060606060606061, 0.15151515151515152, 0.06060606060606061, 0.06060606060606061, 0.06060606060606061, 0.06060606060606061, 0.06060606060606061, 0.09090909090909091, 0.06060606060606061, 0.06060606060606061, 0.06060606060606061, 0.15151515151515152, 0.09090909090909091, 0.09090909090909091, 0.06060606060606061, 0.12121212121212122, 0.09090909090909091, 0.12121212121212122, 0.12121212121212122, 0.18181818181818182, 0.36363636363636365, 0.5151515151515151};
/* nx.betweenness_centrality(G, normalized=False) */
static const double z_betw_raw[ZN] = {231.0714285714286, 28.478571428571424, 75.85079365079366, 6.288095238095237, 0.3333333333333333, 15.833333333333334, 15.833333333333332, 0.0, 29.529365079365082, 0.44761904761904764, 0.3333333333333333, 0.0, 0.0, 24.215873015873015, 0.0, 0.0, 0.0, 0.0, 0.0, 17.1468253968254, 0.0, 0.0, 0.0, 9.299999999999999, 1.1666666666666665, 2.0277777777777777, 0.0, 11.79206349206349, 0.9476190476190476, 1.5428571428571427, 7.609523809523807, 73.00952380952378, 76.69047619047619, 160.5515873015873};
/* nx.betweenness_centrality(G) */
static const double z_betw[ZN] = {0.43763528138528146, 0.053936688311688304, 0.14365680615680618, 0.011909271284271283, 0.0006313131313131313, 0.02998737373737374, 0.029987373737373736, 0.0, 0.05592682780182781, 0.0008477633477633478, 0.0006313131313131313, 0.0, 0.0, 0.04586339586339586, 0.0, 0.0, 0.0, 0.0, 0.0, 0.03247504810004811, 0.0, 0.0, 0.0, 0.017613636363636363, 0.0022095959595959595, 0.0038404882154882154, 0.0, 0.02233345358345358, 0.0017947330447330447, 0.0029220779220779218, 0.014411976911976909, 0.13827561327561325, 0.145247113997114, 0.30407497594997596};
/* nx.closeness_centrality(G) */
static const double z_close[ZN] = {0.5689655172413793, 0.4852941176470588, 0.559322033898305, 0.4647887323943662, 0.3793103448275862, 0.38372093023255816, 0.38372093023255816, 0.44, 0.515625, 0.4342105263157895, 0.3793103448275862, 0.36666666666666664, 0.3707865168539326, 0.515625, 0.3707865168539326, 0.3707865168539326, 0.28448275862068967, 0.375, 0.3707865168539326, 0.5, 0.3707865168539326, 0.375, 0.3707865168539326, 0.39285714285714285, 0.375, 0.375, 0.3626373626373626, 0.4583333333333333, 0.4520547945205479, 0.38372093023255816, 0.4583333333333333, 0.5409836065573771, 0.515625, 0.55};
/* nx.harmonic_centrality(G) */
static const double z_harm[ZN] = {23.16666666666666, 19.16666666666667, 21.0, 17.66666666666667, 14.66666666666667, 15.16666666666667, 15.16666666666667, 16.41666666666667, 18.5, 15.583333333333334, 14.66666666666667, 13.500000000000004, 14.000000000000004, 18.5, 14.200000000000003, 14.200000000000003, 11.099999999999996, 14.16666666666667, 14.200000000000003, 17.5, 14.200000000000003, 14.16666666666667, 14.200000000000003, 16.033333333333335, 13.916666666666666, 13.916666666666664, 13.950000000000001, 16.916666666666664, 16.416666666666664, 15.366666666666669, 16.916666666666668, 19.333333333333336, 20.916666666666668, 23.25};
/* nx.eigenvector_centrality_numpy(G) */
static const double z_eigen[ZN] = {0.35549144452456666, 0.2659599195524917, 0.3171925044864318, 0.21117972037789048, 0.07596881818306866, 0.07948304511709912, 0.07948304511709908, 0.17095974804479658, 0.2274039071254001, 0.10267425072358632, 0.07596881818306862, 0.05285569749352128, 0.08425462871671377, 0.2264727201424814, 0.10140326218952454, 0.10140326218952452, 0.023635628104591116, 0.09239953819570262, 0.10140326218952454, 0.14791251029338745, 0.10140326218952456, 0.09239953819570262, 0.10140326218952454, 0.15011857186115285, 0.05705244054116554, 0.0592064749167784, 0.07557941348827209, 0.13347715338024016, 0.1310778229837108, 0.13496081926232764, 0.17475830231435294, 0.19103384140654364, 0.30864421979104745, 0.37336347029148315};
/* nx.pagerank(G, alpha=0.85, tol=1e-15, max_iter=100000) */
static const double z_pagerank[ZN] = {0.09699728538830414, 0.05287692406114842, 0.0570785094884618, 0.03585985778641361, 0.0219779523645932, 0.02911115467837563, 0.02911115467837563, 0.024490497035283804, 0.029766056081016023, 0.01430939712903229, 0.0219779523645932, 0.009564745492136189, 0.014644892011878227, 0.029536456151914494, 0.01453599399791999, 0.01453599399791999, 0.016784005444192826, 0.014558677209022517, 0.01453599399791999, 0.019604636325653207, 0.01453599399791999, 0.014558677209022517, 0.01453599399791999, 0.031522514776674566, 0.02107603355922096, 0.02100619739449101, 0.015044038082724125, 0.02563976748284584, 0.019573459463827398, 0.026288537695112, 0.02459015524857899, 0.03715808706914281, 0.07169322600574758, 0.10091918233261697};
/* nx.hits(G, tol=1e-15, max_iter=100000)[0] (hubs; authorities are identical) */
static const double z_hits[ZN] = {0.07141272880825199, 0.053427231235529976, 0.0637190645563748, 0.042422737124708995, 0.01526095970620748, 0.015966913503059642, 0.01596691350305964, 0.03434316721905364, 0.04568192511975032, 0.02062566774938864, 0.015260959706207477, 0.010617891511071216, 0.016925450792306854, 0.045494864068056355, 0.020370345825614287, 0.020370345825614287, 0.004748031847301575, 0.018561637037432077, 0.020370345825614287, 0.029713333886434795, 0.020370345825614287, 0.018561637037432077, 0.020370345825614287, 0.03015649750935641, 0.011460952230971705, 0.011893664396281384, 0.015182734330338383, 0.02681349411710477, 0.026331505777953894, 0.027111539628217683, 0.0351062379767144, 0.03837574186295606, 0.062001846473830974, 0.0750029421565755};
/* nx.constraint(G) */
static const double z_constraint[ZN] = {0.15542329764660495, 0.27953510802469134, 0.18517663966049389, 0.39665964720507535, 0.5294174382716048, 0.4774848090277778, 0.4774848090277778, 0.4427115885416667, 0.3036007136678201, 0.5, 0.5294174382716048, 1.0, 0.6225043402777779, 0.32333541666666676, 0.5736795943867743, 0.5736795943867743, 0.78125, 0.590868537808642, 0.5736795943867743, 0.37371935013717417, 0.5736795943867743, 0.590868537808642, 0.5736795943867743, 0.30582372164552096, 0.4598765432098765, 0.4598765432098765, 0.6709018166089966, 0.2850692041522491, 0.3869131530607885, 0.4494090013456363, 0.3460064638600538, 0.24457540369088812, 0.2492233622751933, 0.1564186851211073};
/* nx.effective_size(G) */
static const double z_effsize[ZN] = {13.75, 6.333333333333334, 7.8, 2.6666666666666665, 1.6666666666666667, 2.5, 2.5, 1.0, 3.0, 2.0, 1.6666666666666667, 1.0, 1.0, 2.6, 1.0, 1.0, 1.0, 1.0, 1.0, 2.3333333333333335, 1.0, 1.0, 1.0, 3.4, 2.3333333333333335, 2.3333333333333335, 1.0, 3.5, 2.3333333333333335, 2.0, 2.5, 5.0, 9.833333333333334, 15.235294117647058};
/* nx.core_number(G) */
static const double z_core[ZN] = {4.0, 4.0, 4.0, 4.0, 3.0, 3.0, 3.0, 4.0, 4.0, 2.0, 3.0, 1.0, 2.0, 4.0, 2.0, 2.0, 2.0, 2.0, 2.0, 3.0, 2.0, 2.0, 2.0, 3.0, 3.0, 3.0, 2.0, 3.0, 3.0, 3.0, 4.0, 3.0, 4.0, 4.0};

START_TEST(test_centrality_compute_zachary_matches_networkx)
{
	igraph_t g;

	igraph_famous(&g, "Zachary");
	check_measure(&g, NULL, SN_MEASURE_DEGREE, true, z_degree, ZN, TOL);
	check_measure(&g, NULL, SN_MEASURE_BETWEENNESS, false, z_betw_raw, ZN, TOL);
	check_measure(&g, NULL, SN_MEASURE_BETWEENNESS, true, z_betw, ZN, TOL);
	check_measure(&g, NULL, SN_MEASURE_CLOSENESS, true, z_close, ZN, TOL);
	check_measure(&g, NULL, SN_MEASURE_HARMONIC, false, z_harm, ZN, TOL);
	check_measure(&g, NULL, SN_MEASURE_EIGENVECTOR, false, z_eigen, ZN, TOL);
	check_measure(&g, NULL, SN_MEASURE_PAGERANK, false, z_pagerank, ZN, TOL);
	check_measure(&g, NULL, SN_MEASURE_HUB, false, z_hits, ZN, TOL);
	check_measure(&g, NULL, SN_MEASURE_AUTHORITY, false, z_hits, ZN, TOL);
	check_measure(&g, NULL, SN_MEASURE_CONSTRAINT, false, z_constraint, ZN, TOL);
	check_measure(&g, NULL, SN_MEASURE_EFFECTIVE_SIZE, false, z_effsize, ZN, TOL);
	check_measure(&g, NULL, SN_MEASURE_CORENESS, false, z_core, ZN, 0);
	igraph_destroy(&g);
}
END_TEST

START_TEST(test_centrality_normalised_variants_zachary_follow_definitions)
{
	igraph_t g;
	igraph_vector_t v;
	double want[ZN], max = 0;

	igraph_famous(&g, "Zachary");
	igraph_vector_init(&v, 0);
	/* Degree raw = normalised x (n - 1); harmonic normalised = raw / (n - 1). */
	for (int i = 0; i < ZN; i++)
		want[i] = z_degree[i] * (ZN - 1);
	check_measure(&g, NULL, SN_MEASURE_DEGREE, false, want, ZN, TOL);
	for (int i = 0; i < ZN; i++)
		want[i] = z_harm[i] / (ZN - 1);
	check_measure(&g, NULL, SN_MEASURE_HARMONIC, true, want, ZN, TOL);
	/* Eigenvector normalised: maximum 1 (igraph scale = TRUE). */
	for (int i = 0; i < ZN; i++)
		max = z_eigen[i] > max ? z_eigen[i] : max;
	for (int i = 0; i < ZN; i++)
		want[i] = z_eigen[i] / max;
	check_measure(&g, NULL, SN_MEASURE_EIGENVECTOR, true, want, ZN, TOL);
	/* Efficiency: effective size / degree (Burt 1992). */
	for (int i = 0; i < ZN; i++)
		want[i] = z_effsize[i] / (z_degree[i] * (ZN - 1));
	check_measure(&g, NULL, SN_MEASURE_EFFECTIVE_SIZE, true, want, ZN, TOL);
	/* Unweighted strength is the degree. */
	for (int i = 0; i < ZN; i++)
		want[i] = z_degree[i] * (ZN - 1);
	check_measure(&g, NULL, SN_MEASURE_STRENGTH, false, want, ZN, TOL);
	/* The _w measures without weights fall back to hops. */
	check_measure(&g, NULL, SN_MEASURE_BETWEENNESS_W, false, z_betw_raw, ZN, TOL);
	check_measure(&g, NULL, SN_MEASURE_CLOSENESS_W, true, z_close, ZN, TOL);
	/* Raw closeness: normalised / (n - 1) on a connected graph. */
	for (int i = 0; i < ZN; i++)
		want[i] = z_close[i] / (ZN - 1);
	check_measure(&g, NULL, SN_MEASURE_CLOSENESS, false, want, ZN, TOL);
	igraph_vector_destroy(&v);
	igraph_destroy(&g);
}
END_TEST

/* ---- A small weighted graph: NetworkX G with edge attributes weight=w and dist=1/w. */

#define WN 6

static void weighted_graph(igraph_t *g, igraph_vector_t *w)
{
	/* G.add_edge(a, b, weight=w, dist=1/w) for (0,1,2) (0,2,1) (1,2,3) (2,3,1) (3,4,2) (3,5,1) (4,5,0.5) */
	igraph_small(g, WN, IGRAPH_UNDIRECTED, 0, 1, 0, 2, 1, 2, 2, 3, 3, 4, 3, 5, 4, 5, -1);
	igraph_vector_init(w, 7);
	double ws[] = { 2, 1, 3, 1, 2, 1, 0.5 };
	for (int e = 0; e < 7; e++)
		VECTOR(*w)[e] = ws[e];
}

START_TEST(test_centrality_compute_weighted_matches_networkx)
{
	igraph_t g;
	igraph_vector_t w;
	/* dict(G.degree(weight='weight')) */
	static const double strength[WN] = {3.0, 5.0, 5.0, 4.0, 2.5, 1.5};
	/* nx.betweenness_centrality(G, weight='dist', normalized=False) */
	static const double betw_raw[WN] = {0.0, 4.0, 6.0, 7.0, 0.0, 0.0};
	/* nx.betweenness_centrality(G, weight='dist') */
	static const double betw[WN] = {0.0, 0.4, 0.6000000000000001, 0.7000000000000001, 0.0, 0.0};
	/* nx.closeness_centrality(G, distance='dist') */
	static const double close[WN] = {0.6000000000000001, 0.7894736842105263, 0.8823529411764707, 0.8823529411764707, 0.6521739130434783, 0.5172413793103448};
	/* nx.harmonic_centrality(G, distance='dist') */
	static const double harm[WN] = {4.526967150496562, 6.724025974025975, 6.366666666666667, 5.295454545454545, 4.307359307359308, 2.948179271708683};
	/* nx.eigenvector_centrality_numpy(G, weight='weight') */
	static const double eigen[WN] = {0.43788406869544916, 0.6292935711387144, 0.5969616824513853, 0.20388091059619184, 0.10334197823668279, 0.06030674273753242};
	/* nx.pagerank(G, alpha=0.85, weight='weight', tol=1e-15, max_iter=100000) */
	static const double pagerank[WN] = {0.13244862033734317, 0.20910895010058972, 0.21383280766554755, 0.21016533655843153, 0.14084115497386404, 0.09360313036422391};
	/* nx.hits(G, tol=1e-15, max_iter=100000)[0] (NetworkX takes the 'weight' attribute) */
	static const double hits[WN] = {0.21552924154517303, 0.3097421801639302, 0.29382822497651323, 0.10035144269406729, 0.05086555958860685, 0.02968335103170949};
	/* nx.constraint(G, weight='weight') */
	static const double constraint[WN] = {1.2888888888888888, 0.8081777777777777, 0.7713777777777777, 0.5252777777777778, 1.031111111111111, 1.3155555555555556};
	/* nx.effective_size(G, weight='weight') */
	static const double effsize[WN] = {1.0, 1.5666666666666667, 2.2666666666666666, 2.6875, 1.1, 1.0};
	/* nx.effective_size(G) (unweighted) */
	static const double effsize_plain[WN] = {1.0, 1.0, 2.3333333333333335, 2.3333333333333335, 1.0, 1.0};

	weighted_graph(&g, &w);
	check_measure(&g, &w, SN_MEASURE_STRENGTH, false, strength, WN, TOL);
	check_measure(&g, &w, SN_MEASURE_BETWEENNESS_W, false, betw_raw, WN, TOL);
	check_measure(&g, &w, SN_MEASURE_BETWEENNESS_W, true, betw, WN, TOL);
	check_measure(&g, &w, SN_MEASURE_CLOSENESS_W, true, close, WN, TOL);
	check_measure(&g, &w, SN_MEASURE_HARMONIC_W, false, harm, WN, TOL);
	check_measure(&g, &w, SN_MEASURE_EIGENVECTOR, false, eigen, WN, TOL);
	check_measure(&g, &w, SN_MEASURE_PAGERANK, false, pagerank, WN, TOL);
	check_measure(&g, &w, SN_MEASURE_HUB, false, hits, WN, TOL);
	check_measure(&g, &w, SN_MEASURE_CONSTRAINT, false, constraint, WN, TOL);
	check_measure(&g, &w, SN_MEASURE_EFFECTIVE_SIZE, false, effsize, WN, TOL);
	check_measure(&g, NULL, SN_MEASURE_EFFECTIVE_SIZE, false, effsize_plain, WN, TOL);
	/* The spectral measures do not change when every weight is divided by 3;
	   the thirds are no floats, so their rows keep doubles instead of floats. */
	igraph_vector_scale(&w, 1.0 / 3);
	check_measure(&g, &w, SN_MEASURE_EIGENVECTOR, false, eigen, WN, TOL);
	check_measure(&g, &w, SN_MEASURE_PAGERANK, false, pagerank, WN, TOL);
	check_measure(&g, &w, SN_MEASURE_HUB, false, hits, WN, TOL);
	igraph_vector_destroy(&w);
	igraph_destroy(&g);
}
END_TEST

/* ---- A disconnected graph: triangle 0-1-2 with pendant 3, path 4-5-6, isolate 7. */

#define DN 8

static void disconnected_graph(igraph_t *g)
{
	igraph_small(g, DN, IGRAPH_UNDIRECTED, 0, 1, 0, 2, 1, 2, 2, 3, 4, 5, 5, 6, -1);
}

START_TEST(test_centrality_compute_disconnected_matches_peers)
{
	igraph_t g;
	/* nx.closeness_centrality(D, wf_improved=False); the isolate: NaN here, 0.0 in NetworkX */
	static const double close[DN] = {0.75, 0.75, 1.0, 0.6, 0.6666666666666666, 1.0, 0.6666666666666666, NAN};
	/* python-igraph Graph.closeness(normalized=False) */
	static const double close_raw[DN] = {0.25, 0.25, 0.3333333333333333, 0.2, 0.3333333333333333, 0.5, 0.3333333333333333, NAN};
	/* nx.harmonic_centrality(D) */
	static const double harm[DN] = {2.5, 2.5, 3.0, 2.0, 1.5, 2.0, 1.5, 0.0};
	/* nx.betweenness_centrality(D) */
	static const double betw[DN] = {0.0, 0.0, 0.09523809523809523, 0.0, 0.0, 0.047619047619047616, 0.0, 0.0};
	/* nx.effective_size(D) */
	static const double effsize[DN] = {1.0, 1.0, 2.3333333333333335, 1.0, 1.0, 2.0, 1.0, NAN};
	/* nx.constraint(D) */
	static const double constraint[DN] = {1.0069444444444444, 1.0069444444444444, 0.6111111111111112, 1.0, 1.0, 0.5, 1.0, NAN};
	/* nx.core_number(D) */
	static const double core[DN] = {2.0, 2.0, 2.0, 1.0, 1.0, 1.0, 1.0, 0.0};
	/*
	 * python-igraph Graph.eigenvector_centrality(scale=True) of each component alone
	 * (induced_subgraph): samnet scales per component; the isolate gets 0.
	 */
	static const double eigen[DN] = {0.8546376797184613, 0.8546376797184616, 1.0, 0.4608111271891109, 0.7071067811865476, 1.0, 0.7071067811865476, 0};

	disconnected_graph(&g);
	check_measure(&g, NULL, SN_MEASURE_CLOSENESS, true, close, DN, TOL);
	check_measure(&g, NULL, SN_MEASURE_CLOSENESS, false, close_raw, DN, TOL);
	check_measure(&g, NULL, SN_MEASURE_HARMONIC, false, harm, DN, TOL);
	check_measure(&g, NULL, SN_MEASURE_BETWEENNESS, true, betw, DN, TOL);
	check_measure(&g, NULL, SN_MEASURE_EFFECTIVE_SIZE, false, effsize, DN, TOL);
	check_measure(&g, NULL, SN_MEASURE_CONSTRAINT, false, constraint, DN, TOL);
	check_measure(&g, NULL, SN_MEASURE_CORENESS, false, core, DN, 0);
	check_measure(&g, NULL, SN_MEASURE_EIGENVECTOR, true, eigen, DN, TOL);
	igraph_destroy(&g);
}
END_TEST

/*
 * Sampled betweenness against exact values from NetworkX: every vertex
 * within the stated guarantee, eps n/(n-2) normalised or eps n(n-1)/2 raw
 * (delta 0.1: a failure is possible but, for a fixed seed, reproducible).
 */
static void check_approx(const igraph_t *g, const igraph_vector_t *w, bool normalized,
			 const double *want, size_t n, double eps)
{
	igraph_vector_t out;
	double bound = normalized ? eps * n / (n - 2.0) : eps * n * (n - 1.0) / 2;
	int64_t r = 0;

	igraph_vector_init(&out, 0);
	ck_assert_int_eq(sn_centrality_betweenness_approx(&out, &r, g, w, normalized, eps, 0.1, 5),
			 SN_OK);
	ck_assert_int_gt(r, 0);
	ck_assert_int_eq(igraph_vector_size(&out), (igraph_integer_t)n);
	for (size_t i = 0; i < n; i++)
		ck_assert_msg(fabs(VECTOR(out)[i] - want[i]) <= bound, "vertex %zu: %g, exact %g, "
			      "bound %g", i, VECTOR(out)[i], want[i], bound);
	igraph_vector_destroy(&out);
}

START_TEST(test_centrality_betweenness_approx_within_guarantee_of_networkx)
{
	igraph_t g;
	igraph_vector_t w;
	/* nx.betweenness_centrality(G, weight='dist', normalized=False), weighted_graph() */
	static const double wbetw_raw[WN] = {0.0, 4.0, 6.0, 7.0, 0.0, 0.0};
	/* nx.betweenness_centrality(G, weight='dist') */
	static const double wbetw[WN] = {0.0, 0.4, 0.6000000000000001, 0.7000000000000001, 0.0, 0.0};
	/* nx.betweenness_centrality(D), disconnected_graph() */
	static const double dbetw[DN] = {0.0, 0.0, 0.09523809523809523, 0.0, 0.0, 0.047619047619047616, 0.0, 0.0};

	igraph_famous(&g, "Zachary");
	check_approx(&g, NULL, true, z_betw, ZN, 0.02);
	check_approx(&g, NULL, false, z_betw_raw, ZN, 0.02);
	igraph_destroy(&g);
	weighted_graph(&g, &w);
	check_approx(&g, &w, true, wbetw, WN, 0.02);
	check_approx(&g, &w, false, wbetw_raw, WN, 0.02);
	igraph_vector_destroy(&w);
	igraph_destroy(&g);
	disconnected_graph(&g);
	check_approx(&g, NULL, true, dbetw, DN, 0.02);
	igraph_destroy(&g);
}
END_TEST

START_TEST(test_centrality_betweenness_approx_bad_arguments_fail)
{
	igraph_t g, d;
	igraph_vector_t v, w;
	static const double bad_eps[] = { 0, 1, -0.5, 2, NAN };

	weighted_graph(&g, &w);
	igraph_vector_init(&v, 0);
	for (size_t i = 0; i < sizeof bad_eps / sizeof *bad_eps; i++) {
		ck_assert_int_eq(sn_centrality_betweenness_approx(&v, NULL, &g, NULL, true,
								  bad_eps[i], 0.1, 1), SN_EINVAL);
		ck_assert_ptr_nonnull(strstr(sn_error_last(), "epsilon"));
		ck_assert_int_eq(sn_centrality_betweenness_approx(&v, NULL, &g, NULL, true, 0.1,
								  bad_eps[i], 1), SN_EINVAL);
	}
	VECTOR(w)[0] = -2;
	ck_assert_int_eq(sn_centrality_betweenness_approx(&v, NULL, &g, &w, true, 0.1, 0.1, 1),
			 SN_EINVAL);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "weight"));
	igraph_small(&d, 3, IGRAPH_DIRECTED, 0, 1, 1, 2, -1);
	ck_assert_int_eq(sn_centrality_betweenness_approx(&v, NULL, &d, NULL, true, 0.1, 0.1, 1),
			 SN_EINVAL);
	igraph_vector_destroy(&v);
	igraph_vector_destroy(&w);
	igraph_destroy(&g);
	igraph_destroy(&d);
}
END_TEST

START_TEST(test_centrality_pagerank_sums_to_one_disconnected)
{
	igraph_t g;
	igraph_vector_t v;

	disconnected_graph(&g);
	igraph_vector_init(&v, 0);
	ck_assert_int_eq(sn_centrality_pagerank(&v, &g, NULL, true), SN_OK);
	ck_assert_double_eq_tol(igraph_vector_sum(&v), 1.0, 1e-12);
	igraph_vector_destroy(&v);
	igraph_destroy(&g);
}
END_TEST

START_TEST(test_centrality_eigenvector_and_hubs_ignore_and_keep_the_callers_rng)
{
	/* igraph perturbs the ARPACK start vector with its default RNG: samnet uses its own. */
	igraph_t g;
	igraph_vector_t a, b, hub;
	igraph_real_t before, after;

	igraph_famous(&g, "Zachary");
	igraph_vector_init(&a, 0);
	igraph_vector_init(&b, 0);
	igraph_vector_init(&hub, 0);
	ck_assert_int_eq(sn_centrality_eigenvector(&a, &g, NULL, true), SN_OK);
	igraph_rng_seed(igraph_rng_default(), 12345);
	before = igraph_rng_get_unif01(igraph_rng_default());
	igraph_rng_seed(igraph_rng_default(), 12345);
	ck_assert_int_eq(sn_centrality_eigenvector(&b, &g, NULL, true), SN_OK);
	ck_assert_int_eq(sn_centrality_hub_authority(&hub, NULL, &g, NULL, true), SN_OK);
	after = igraph_rng_get_unif01(igraph_rng_default());
	ck_assert(igraph_vector_all_e(&a, &b));  /* bit for bit */
	ck_assert(before == after);              /* the caller's stream is untouched */
	igraph_vector_destroy(&a);
	igraph_vector_destroy(&b);
	igraph_vector_destroy(&hub);
	igraph_destroy(&g);
}
END_TEST

START_TEST(test_centrality_eigenvector_no_ties_gives_ones)
{
	/* igraph 0.10 documents: a graph without edges gives 1 for every vertex (scaled). */
	igraph_t g;
	static const double ones[3] = { 1, 1, 1 };
	static const double third[3] = { 1.0 / 3, 1.0 / 3, 1.0 / 3 };

	igraph_empty(&g, 3, IGRAPH_UNDIRECTED);
	check_measure(&g, NULL, SN_MEASURE_EIGENVECTOR, true, ones, 3, TOL);
	check_measure(&g, NULL, SN_MEASURE_HUB, true, ones, 3, TOL);
	check_measure(&g, NULL, SN_MEASURE_HUB, false, third, 3, TOL);
	/* PageRank of isolates: uniform jumps. */
	check_measure(&g, NULL, SN_MEASURE_PAGERANK, true, third, 3, TOL);
	igraph_destroy(&g);
}
END_TEST

START_TEST(test_centrality_compute_directed_graph_fails)
{
	igraph_t g;
	igraph_vector_t v;

	igraph_small(&g, 3, IGRAPH_DIRECTED, 0, 1, 1, 2, -1);
	igraph_vector_init(&v, 0);
	for (int m = 0; m < SN_MEASURE_COUNT; m++) {
		ck_assert_int_eq(sn_centrality_compute(&v, &g, NULL, (sn_measure_t)m, true), SN_EINVAL);
		ck_assert_ptr_nonnull(strstr(sn_error_last(), "undirected"));
	}
	igraph_vector_destroy(&v);
	igraph_destroy(&g);
}
END_TEST

START_TEST(test_centrality_compute_bad_weights_fail)
{
	igraph_t g;
	igraph_vector_t v, w;

	weighted_graph(&g, &w);
	igraph_vector_init(&v, 0);
	VECTOR(w)[3] = 0;
	ck_assert_int_eq(sn_centrality_betweenness(&v, &g, &w, false), SN_EINVAL);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "weight"));
	VECTOR(w)[3] = NAN;
	ck_assert_int_eq(sn_centrality_eigenvector(&v, &g, &w, false), SN_EINVAL);
	VECTOR(w)[3] = -1;
	ck_assert_int_eq(sn_centrality_effective_size(&v, &g, &w, false), SN_EINVAL);
	igraph_vector_resize(&w, 3);
	ck_assert_int_eq(sn_centrality_strength(&v, &g, &w), SN_EINVAL);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "3 weights for 7 ties"));
	igraph_vector_destroy(&v);
	igraph_vector_destroy(&w);
	igraph_destroy(&g);
}
END_TEST

START_TEST(test_centrality_effective_size_multigraph_fails)
{
	igraph_t g;
	igraph_vector_t v;

	igraph_small(&g, 3, IGRAPH_UNDIRECTED, 0, 1, 0, 1, 1, 2, -1);
	igraph_vector_init(&v, 0);
	ck_assert_int_eq(sn_centrality_effective_size(&v, &g, NULL, false), SN_EINVAL);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "multiple"));
	igraph_vector_destroy(&v);
	igraph_destroy(&g);
}
END_TEST

START_TEST(test_measure_parse_names_round_trip)
{
	sn_measure_t m;

	for (int i = 0; i < SN_MEASURE_COUNT; i++) {
		ck_assert_int_eq(sn_measure_parse(sn_measure_name((sn_measure_t)i), &m), SN_OK);
		ck_assert_int_eq(m, i);
	}
	ck_assert_str_eq(sn_measure_name(SN_MEASURE_EFFECTIVE_SIZE), "effective_size");
}
END_TEST

START_TEST(test_measure_parse_unknown_name_fails)
{
	sn_measure_t m;
	igraph_t g;
	igraph_vector_t v;

	ck_assert_int_eq(sn_measure_parse("centrality", &m), SN_EINVAL);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "'centrality'"));
	ck_assert_str_eq(sn_measure_name(SN_MEASURE_COUNT), "unknown");
	igraph_small(&g, 2, IGRAPH_UNDIRECTED, 0, 1, -1);
	igraph_vector_init(&v, 0);
	ck_assert_int_eq(sn_centrality_compute(&v, &g, NULL, SN_MEASURE_COUNT, false), SN_EINVAL);
	igraph_vector_destroy(&v);
	igraph_destroy(&g);
}
END_TEST

START_TEST(test_centrality_hub_authority_no_output_fails)
{
	igraph_t g;

	igraph_small(&g, 2, IGRAPH_UNDIRECTED, 0, 1, -1);
	ck_assert_int_eq(sn_centrality_hub_authority(NULL, NULL, &g, NULL, false), SN_EINVAL);
	igraph_destroy(&g);
}
END_TEST

/* ---- Two-mode: Davis Southern Women, nx.davis_southern_women_graph(), women 0..17 then events 18..31. */

#define DAVIS_N 32
#define DAVIS_WOMEN 18

/*
 * Vertex order: 0 Evelyn Jefferson, 1 Laura Mandeville, 2 Theresa Anderson, 3 Brenda Rogers,
 * 4 Charlotte McDowd, 5 Frances Anderson, 6 Eleanor Nye, 7 Pearl Oglethorpe, 8 Ruth DeSand,
 * 9 Verne Sanderson, 10 Myra Liddel, 11 Katherina Rogers, 12 Sylvia Avondale, 13 Nora Fayette,
 * 14 Helen Lloyd, 15 Dorothy Murchison, 16 Olivia Carleton, 17 Flora Price, 18..31 E1..E14.
 */
static const igraph_integer_t davis_edges[] = {
	0, 18, 0, 19, 0, 20, 0, 21, 0, 22, 0, 23, 0, 25, 0, 26,
	1, 18, 1, 19, 1, 20, 1, 22, 1, 23, 1, 24, 1, 25, 2, 19,
	2, 20, 2, 21, 2, 22, 2, 23, 2, 24, 2, 25, 2, 26, 3, 18,
	3, 20, 3, 21, 3, 22, 3, 23, 3, 24, 3, 25, 4, 20, 4, 21,
	4, 22, 4, 24, 5, 20, 5, 22, 5, 23, 5, 25, 6, 22, 6, 23,
	6, 24, 6, 25, 7, 23, 7, 25, 7, 26, 8, 22, 8, 24, 8, 25,
	8, 26, 9, 24, 9, 25, 9, 26, 9, 29, 10, 25, 10, 26, 10, 27,
	10, 29, 11, 25, 11, 26, 11, 27, 11, 29, 11, 30, 11, 31, 12, 24,
	12, 25, 12, 26, 12, 27, 12, 29, 12, 30, 12, 31, 13, 23, 13, 24,
	13, 26, 13, 27, 13, 28, 13, 29, 13, 30, 13, 31, 14, 24, 14, 25,
	14, 27, 14, 28, 14, 29, 15, 25, 15, 26, 16, 26, 16, 28, 17, 26,
	17, 28
};

/* bipartite.degree_centrality(G, top), top = the women */
static const double davis_degree[DAVIS_N] = {0.5714285714285714, 0.5, 0.5714285714285714, 0.5, 0.2857142857142857, 0.2857142857142857, 0.2857142857142857, 0.21428571428571427, 0.2857142857142857, 0.2857142857142857, 0.2857142857142857, 0.42857142857142855, 0.5, 0.5714285714285714, 0.3571428571428571, 0.14285714285714285, 0.14285714285714285, 0.14285714285714285, 0.16666666666666666, 0.16666666666666666, 0.3333333333333333, 0.2222222222222222, 0.4444444444444444, 0.4444444444444444, 0.5555555555555556, 0.7777777777777777, 0.6666666666666666, 0.2777777777777778, 0.2222222222222222, 0.3333333333333333, 0.16666666666666666, 0.16666666666666666};
/* bipartite.closeness_centrality(G, top) */
static const double davis_closeness[DAVIS_N] = {0.8, 0.7272727272727273, 0.8, 0.7272727272727273, 0.6, 0.6666666666666666, 0.6666666666666666, 0.6666666666666666, 0.7058823529411765, 0.7058823529411765, 0.6857142857142857, 0.7272727272727273, 0.7741935483870968, 0.8, 0.7272727272727273, 0.6486486486486487, 0.5853658536585366, 0.5853658536585366, 0.5238095238095238, 0.5238095238095238, 0.5641025641025641, 0.5365853658536586, 0.5945945945945946, 0.6875, 0.7333333333333333, 0.8461538461538461, 0.7857142857142857, 0.55, 0.5365853658536586, 0.5641025641025641, 0.5238095238095238, 0.5238095238095238};
/* bipartite.betweenness_centrality(G, top) */
static const double davis_betweenness[DAVIS_N] = {0.09658472108029267, 0.05135761326872536, 0.08759468547944677, 0.0494865998160072, 0.010596096282664414, 0.01071434286960598, 0.00944412334473028, 0.006800323334013807, 0.016783108139791406, 0.015737665757646964, 0.016344348365012626, 0.047362754029819695, 0.07170914508501829, 0.11346136204298476, 0.04238754006434827, 0.0019535268594996565, 0.005054505236263333, 0.005054505236263333, 0.002154310782629367, 0.0020886968954039286, 0.01822439085252718, 0.0077020526738029406, 0.03769444252500667, 0.06501635047516072, 0.12950174424519842, 0.24381946234957552, 0.22551359177204106, 0.011442302600971925, 0.01966539088919154, 0.018094182051395145, 0.002240655987795576, 0.002240655987795576};
/* nx.betweenness_centrality(G, normalized=False) */
static const double davis_betweenness_raw[DAVIS_N] = {42.98020088073024, 22.854137904582785, 38.97963503835381, 22.021536918123203, 4.715262845785664, 4.767882576974661, 4.202634888404974, 3.026143883636144, 7.468483122207175, 7.003261262152899, 7.273235022430619, 21.076425543269764, 31.91056956283314, 50.49030610912822, 18.86245532863498, 0.8693194524773472, 2.249254830137183, 2.249254830137183, 0.9737484737484738, 0.9440909967225757, 8.237424665342285, 3.481327808558929, 17.037888021303015, 29.387390414772643, 58.53478839882969, 110.20639698200813, 101.93214348096255, 5.17192077563931, 8.888756681914577, 8.178570287230606, 1.0127765064836003, 1.0127765064836003};

static void davis_graph(igraph_t *g, igraph_vector_bool_t *types)
{
	igraph_vector_int_t edges;
	size_t ne = sizeof davis_edges / sizeof davis_edges[0];

	igraph_vector_int_init(&edges, (igraph_integer_t)ne);
	for (size_t i = 0; i < ne; i++)
		VECTOR(edges)[i] = davis_edges[i];
	igraph_create(g, &edges, DAVIS_N, IGRAPH_UNDIRECTED);
	igraph_vector_int_destroy(&edges);
	igraph_vector_bool_init(types, DAVIS_N);
	for (int v = DAVIS_WOMEN; v < DAVIS_N; v++)
		VECTOR(*types)[v] = true;
}

static void check_twomode(const igraph_t *g, const igraph_vector_bool_t *types, sn_measure_t m,
			  bool normalized, const double *want, size_t n)
{
	igraph_vector_t out;

	igraph_vector_init(&out, 0);
	ck_assert_msg(sn_twomode_compute(&out, g, types, m, normalized) == SN_OK, "%s",
		      sn_error_last());
	assert_vector(&out, want, n, TOL, sn_measure_name(m));
	igraph_vector_destroy(&out);
}

START_TEST(test_twomode_compute_davis_matches_networkx)
{
	igraph_t g;
	igraph_vector_bool_t types;
	double deg[DAVIS_N];

	davis_graph(&g, &types);
	check_twomode(&g, &types, SN_MEASURE_DEGREE, true, davis_degree, DAVIS_N);
	check_twomode(&g, &types, SN_MEASURE_CLOSENESS, true, davis_closeness, DAVIS_N);
	check_twomode(&g, &types, SN_MEASURE_BETWEENNESS, true, davis_betweenness, DAVIS_N);
	check_twomode(&g, &types, SN_MEASURE_BETWEENNESS, false, davis_betweenness_raw, DAVIS_N);
	/* Raw degree: normalised x size of the other mode (14 events, 18 women). */
	for (int v = 0; v < DAVIS_N; v++)
		deg[v] = davis_degree[v] * (v < DAVIS_WOMEN ? 14 : 18);
	check_twomode(&g, &types, SN_MEASURE_DEGREE, false, deg, DAVIS_N);
	igraph_vector_bool_destroy(&types);
	igraph_destroy(&g);
}
END_TEST

START_TEST(test_twomode_compute_davis_matches_published_values)
{
	/*
	 * The two-decimal values of NetworkX's test_centrality.py
	 * (test_davis_*_centrality), which cite Borgatti & Halgin: a few of them.
	 */
	igraph_t g;
	igraph_vector_bool_t types;
	igraph_vector_t v;

	davis_graph(&g, &types);
	igraph_vector_init(&v, 0);
	ck_assert_int_eq(sn_twomode_degree(&v, &g, &types, true), SN_OK);
	ck_assert_double_eq_tol(VECTOR(v)[25], 0.78, 1e-2);   /* E8 */
	ck_assert_double_eq_tol(VECTOR(v)[13], 0.57, 1e-2);   /* Nora Fayette */
	ck_assert_int_eq(sn_twomode_betweenness(&v, &g, &types, true), SN_OK);
	ck_assert_double_eq_tol(VECTOR(v)[25], 0.24, 1e-2);   /* E8 */
	ck_assert_double_eq_tol(VECTOR(v)[0], 0.10, 1e-2);    /* Evelyn Jefferson */
	ck_assert_int_eq(sn_twomode_closeness(&v, &g, &types, true), SN_OK);
	ck_assert_double_eq_tol(VECTOR(v)[25], 0.85, 1e-2);   /* E8 */
	ck_assert_double_eq_tol(VECTOR(v)[15], 0.65, 1e-2);   /* Dorothy Murchison */
	igraph_vector_destroy(&v);
	igraph_vector_bool_destroy(&types);
	igraph_destroy(&g);
}
END_TEST

START_TEST(test_twomode_compute_disconnected_matches_networkx)
{
	/* H: path 0-1-2-3, tie 4-5, isolate 6; first mode {0, 2, 4, 6}. */
	igraph_t g;
	igraph_vector_bool_t types;
	/* bipartite.closeness_centrality(H, [0,2,4,6]) */
	static const double close[7] = {0.75, 1.0, 1.125, 0.6666666666666666, 1.5, 1.3333333333333333, 0.0};
	/* bipartite.betweenness_centrality(H, [0,2,4,6]) */
	static const double betw[7] = {0.0, 0.15384615384615385, 0.16666666666666666, 0.0, 0.0, 0.0, 0.0};
	/* bipartite.degree_centrality(H, [0,2,4,6]) */
	static const double deg[7] = {0.3333333333333333, 0.5, 0.6666666666666666, 0.25, 0.3333333333333333, 0.25, 0.0};
	/* 1 / (sum of distances to reachable vertices): 1/6, 1/4, 1/4, 1/6, 1, 1; isolate 0 */
	static const double close_raw[7] = {1.0 / 6, 0.25, 0.25, 1.0 / 6, 1, 1, 0};

	igraph_small(&g, 7, IGRAPH_UNDIRECTED, 0, 1, 1, 2, 2, 3, 4, 5, -1);
	igraph_vector_bool_init(&types, 7);
	VECTOR(types)[1] = VECTOR(types)[3] = VECTOR(types)[5] = true;
	check_twomode(&g, &types, SN_MEASURE_CLOSENESS, true, close, 7);
	check_twomode(&g, &types, SN_MEASURE_CLOSENESS, false, close_raw, 7);
	check_twomode(&g, &types, SN_MEASURE_BETWEENNESS, true, betw, 7);
	check_twomode(&g, &types, SN_MEASURE_DEGREE, true, deg, 7);
	igraph_vector_bool_destroy(&types);
	igraph_destroy(&g);
}
END_TEST

START_TEST(test_twomode_compute_networkx_unit_cases_match)
{
	/* NetworkX test_centrality.py: P4 with nodes [1, 3] and K3,3 with [0, 1, 2]. */
	igraph_t g;
	igraph_vector_bool_t types;
	static const double p4_betw[4] = { 0, 1, 1, 0 }, p4_close[4] = { 2.0 / 3, 1, 1, 2.0 / 3 };
	static const double p4_deg[4] = { 0.5, 1, 1, 0.5 };
	static const double k33_betw[6] = { 0.125, 0.125, 0.125, 0.125, 0.125, 0.125 };

	igraph_small(&g, 4, IGRAPH_UNDIRECTED, 0, 1, 1, 2, 2, 3, -1);
	igraph_vector_bool_init(&types, 4);
	VECTOR(types)[0] = VECTOR(types)[2] = true;   /* nodes 1 and 3 form the first mode */
	check_twomode(&g, &types, SN_MEASURE_BETWEENNESS, true, p4_betw, 4);
	check_twomode(&g, &types, SN_MEASURE_CLOSENESS, true, p4_close, 4);
	check_twomode(&g, &types, SN_MEASURE_DEGREE, true, p4_deg, 4);
	igraph_vector_bool_destroy(&types);
	igraph_destroy(&g);
	igraph_vector_bool_init(&types, 0);
	igraph_full_bipartite(&g, &types, 3, 3, IGRAPH_UNDIRECTED, IGRAPH_ALL);
	check_twomode(&g, &types, SN_MEASURE_BETWEENNESS, true, k33_betw, 6);
	igraph_vector_bool_destroy(&types);
	igraph_destroy(&g);
}
END_TEST

START_TEST(test_twomode_compute_bad_input_fails)
{
	igraph_t g;
	igraph_vector_bool_t types;
	igraph_vector_t v;

	igraph_small(&g, 3, IGRAPH_UNDIRECTED, 0, 1, 1, 2, -1);
	igraph_vector_bool_init(&types, 3);
	igraph_vector_init(&v, 0);
	/* All in one mode: the ties lie inside a mode. */
	ck_assert_int_eq(sn_twomode_degree(&v, &g, &types, true), SN_EINVAL);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "same mode"));
	VECTOR(types)[1] = true;
	ck_assert_int_eq(sn_twomode_compute(&v, &g, &types, SN_MEASURE_PAGERANK, true), SN_EINVAL);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "pagerank"));
	igraph_vector_bool_resize(&types, 2);
	ck_assert_int_eq(sn_twomode_closeness(&v, &g, &types, true), SN_EINVAL);
	ck_assert_int_eq(sn_twomode_betweenness(&v, &g, NULL, true), SN_EINVAL);
	igraph_destroy(&g);
	igraph_small(&g, 2, IGRAPH_DIRECTED, 0, 1, -1);
	ck_assert_int_eq(sn_twomode_betweenness(&v, &g, &types, true), SN_EINVAL);
	igraph_vector_destroy(&v);
	igraph_vector_bool_destroy(&types);
	igraph_destroy(&g);
}
END_TEST

static void twomode_tests(TCase *tc)
{
	tcase_add_test(tc, test_twomode_compute_davis_matches_networkx);
	tcase_add_test(tc, test_twomode_compute_davis_matches_published_values);
	tcase_add_test(tc, test_twomode_compute_disconnected_matches_networkx);
	tcase_add_test(tc, test_twomode_compute_networkx_unit_cases_match);
	tcase_add_test(tc, test_twomode_compute_bad_input_fails);
}

/*
 * PageRank is the same to the last bit in every run (igraph's PRPACK, which
 * samnet used before, summed on OpenMP threads in an order that varied from
 * run to run).  A weighted G(n, m) of 20 000 vertices and 100 000 ties, five
 * runs; tests/check_pagerank.c compares thread counts.
 */
START_TEST(test_centrality_pagerank_is_reproducible_to_the_bit)
{
	igraph_vector_t w, first, again;
	igraph_t g;

	igraph_rng_seed(igraph_rng_default(), 3);
	igraph_erdos_renyi_game_gnm(&g, 20000, 100000, IGRAPH_UNDIRECTED, IGRAPH_NO_LOOPS);
	igraph_vector_init(&w, igraph_ecount(&g));
	for (igraph_integer_t e = 0; e < igraph_ecount(&g); e++)
		VECTOR(w)[e] = 1 + (double)(e % 7);
	igraph_vector_init(&first, 0);
	igraph_vector_init(&again, 0);
	ck_assert_int_eq(sn_centrality_compute(&first, &g, &w, SN_MEASURE_PAGERANK, true), SN_OK);
	for (int run = 0; run < 4; run++) {
		ck_assert_int_eq(sn_centrality_compute(&again, &g, &w, SN_MEASURE_PAGERANK, true),
				 SN_OK);
		for (igraph_integer_t v = 0; v < igraph_vcount(&g); v++)
			ck_assert_msg(VECTOR(first)[v] == VECTOR(again)[v],
				      "run %d, vertex %" IGRAPH_PRId ": %.17g then %.17g", run + 2, v,
				      VECTOR(first)[v], VECTOR(again)[v]);
	}
	igraph_vector_destroy(&again);
	igraph_vector_destroy(&first);
	igraph_vector_destroy(&w);
	igraph_destroy(&g);
}
END_TEST

/*
 * Coreness (Batagelj-Zaversnik on compressed rows) equals igraph_coreness,
 * the peer it replaces, on random multigraphs with self-loops and isolated
 * vertices; on Zachary's karate club the largest core is the 4-core
 * (NetworkX core_number).
 */
START_TEST(test_centrality_coreness_equals_igraphs)
{
	igraph_rng_seed(igraph_rng_default(), 7);
	for (int round = 0; round < 40; round++) {
		igraph_integer_t n = 1 + round * 7, m = round * round;
		igraph_vector_int_t edges, want;
		igraph_vector_t got;
		igraph_t g;

		igraph_vector_int_init(&edges, 2 * m);
		for (igraph_integer_t k = 0; k < 2 * m; k++)
			VECTOR(edges)[k] = RNG_INTEGER(0, n - 1);   /* loops and repeats included */
		ck_assert_int_eq(igraph_create(&g, &edges, n, IGRAPH_UNDIRECTED), IGRAPH_SUCCESS);
		igraph_vector_int_init(&want, 0);
		igraph_vector_init(&got, 0);
		ck_assert_int_eq(igraph_coreness(&g, &want, IGRAPH_ALL), IGRAPH_SUCCESS);
		ck_assert_int_eq(sn_centrality_coreness(&got, &g), SN_OK);
		ck_assert_int_eq(igraph_vector_size(&got), n);
		for (igraph_integer_t v = 0; v < n; v++)
			ck_assert_msg(VECTOR(got)[v] == (double)VECTOR(want)[v],
				      "round %d vertex %" IGRAPH_PRId ": %g, igraph %" IGRAPH_PRId,
				      round, v, VECTOR(got)[v], VECTOR(want)[v]);
		igraph_vector_int_destroy(&edges);
		igraph_vector_int_destroy(&want);
		igraph_vector_destroy(&got);
		igraph_destroy(&g);
	}
	{
		igraph_t g;
		igraph_vector_t got;

		igraph_famous(&g, "Zachary");
		igraph_vector_init(&got, 0);
		ck_assert_int_eq(sn_centrality_coreness(&got, &g), SN_OK);
		ck_assert_double_eq(igraph_vector_max(&got), 4);
		ck_assert_double_eq(VECTOR(got)[0], 4);    /* NetworkX core_number: node 0 -> 4 */
		ck_assert_double_eq(VECTOR(got)[11], 1);   /* node 11 has one tie */
		igraph_vector_destroy(&got);
		igraph_destroy(&g);
	}
}
END_TEST

static Suite *centrality_suite(void)
{
	Suite *s = suite_create("centrality");
	TCase *tc = tcase_create("core");

	sn_setup();
	tcase_add_test(tc, test_centrality_compute_zachary_matches_networkx);
	tcase_add_test(tc, test_centrality_normalised_variants_zachary_follow_definitions);
	tcase_add_test(tc, test_centrality_compute_weighted_matches_networkx);
	tcase_add_test(tc, test_centrality_compute_disconnected_matches_peers);
	tcase_add_test(tc, test_centrality_pagerank_is_reproducible_to_the_bit);
	tcase_add_test(tc, test_centrality_betweenness_approx_within_guarantee_of_networkx);
	tcase_add_test(tc, test_centrality_betweenness_approx_bad_arguments_fail);
	tcase_add_test(tc, test_centrality_pagerank_sums_to_one_disconnected);
	tcase_add_test(tc, test_centrality_eigenvector_no_ties_gives_ones);
	tcase_add_test(tc, test_centrality_eigenvector_and_hubs_ignore_and_keep_the_callers_rng);
	tcase_add_test(tc, test_centrality_compute_directed_graph_fails);
	tcase_add_test(tc, test_centrality_compute_bad_weights_fail);
	tcase_add_test(tc, test_centrality_effective_size_multigraph_fails);
	tcase_add_test(tc, test_measure_parse_names_round_trip);
	tcase_add_test(tc, test_measure_parse_unknown_name_fails);
	tcase_add_test(tc, test_centrality_hub_authority_no_output_fails);
	tcase_add_test(tc, test_centrality_coreness_equals_igraphs);
	twomode_tests(tc);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(centrality_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
