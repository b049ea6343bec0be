/*
 * Tests of project dates, the time filter and time slices (samnet/period.h,
 * samnet/dynamics.h).
 *
 * Fixture tests/data/dynamics, worked out by hand.  Territories: A 600 and
 * B 400 people (2020), root X = 1000.  Actors in file order: ra (region A),
 * rb (region B), u1, c1, c2, n1, n2 (only ra and rb carry population).
 * Projects:
 *   p1 2019..2020-06  ra u1 c1        p5 undated        u1 n2
 *   p2 2019-03..12    c2 n1           p6 2022           ra rb c2 n1 n2
 *   p3 2020..2021     c2 n1 n2        p7 2023           c2 n1 n2
 *   p4 2021.. (open)  ra rb           p8 2024-01..05    c2 n1
 * Default slices: one per year from the earliest start (2019) to the latest
 * start or end (2024); p5 is in none (undated = 1).
 *
 * slice active   actors           ties (pairs)                       density comp largest mean pop
 * 2019  p1 p2    ra u1 c1 c2 n1   ra-u1 ra-c1 u1-c1 c2-n1      = 4   4/10    2    3/5     8/5  600/1000
 * 2020  p1 p3    ra u1 c1 c2 n1 n2  + c2-n2 n1-n2              = 6   6/15    2    3/6    12/6  600/1000
 * 2021  p3 p4    ra rb c2 n1 n2   c2-n1 c2-n2 n1-n2 ra-rb      = 4   4/10    2    3/5     8/5  1000/1000
 * 2022  p4 p6    ra rb c2 n1 n2   all 10 pairs                = 10  10/10    1    5/5    20/5  1
 * 2023  p4 p7    ra rb c2 n1 n2   ra-rb c2-n1 c2-n2 n1-n2      = 4   4/10    2    3/5     8/5  1
 * 2024  p4 p8    ra rb c2 n1      ra-rb c2-n1                  = 2   2/6     2    2/4     4/4  1
 *
 * Persistence (kept = |T0 ∩ T1| / |T0|, Jaccard = |T0 ∩ T1| / |T0 ∪ T1|):
 * 2020: 4 of 4 kept, 4/6;  entering n2, leaving none.
 * 2021: 3 of 6 kept, 3/7;  entering rb, leaving u1 c1.
 * 2022: 4 of 4 kept, 4/10; nobody enters or leaves.
 * 2023: 4 of 10 kept, 4/10; nobody.
 * 2024: 2 of 4 kept, 2/4;  leaving n2.
 *
 * Communities (modularity): disjoint cliques are their own communities; the
 * weighted K5 of 2022 (ra-rb weight 2) is one (any split has Q < 0, e.g.
 * {ra,rb},{c2,n1,n2}: 2/11 - (10/22)^2 + 3/11 - (12/22)^2 = -0.050).
 * Numbered by lowest actor.  Matching at Jaccard >= 0.3:
 * 2020: {ra,u1,c1}->{ra,u1,c1} J=1 continue; {c2,n1}->{c2,n1,n2} J=2/3 growth.
 * 2021: {ra,u1,c1} vs {ra,rb} J=1/4 < 0.3: death and birth; {c2,n1,n2} J=1 continue.
 * 2022: {ra,rb} J=2/5 and {c2,n1,n2} J=3/5 into the one community: two merges.
 * 2023: the five split into {ra,rb} J=2/5 and {c2,n1,n2} J=3/5: two splits.
 * 2024: {ra,rb} J=1 continue; {c2,n1,n2}->{c2,n1} J=2/3 shrink.
 * Degree ranks (competition ranking): 2019 ra u1 c1 = 1 (degree 2), c2 n1 = 4.
 */
#include "config.h"

#include <math.h>

#include "testutil.h"

static sn_dataset_t *load(const char *name)
{
	sn_dataset_options_t opts = { SN_TABLE_OPTIONS_INIT, bundled_territories() };
	sn_dataset_t *ds = NULL;
	sn_diag_t diag;

	sn_diag_init(&diag);
	ck_assert_int_eq(sn_dataset_load(&ds, fixture(name), &opts, &diag), SN_OK);
	sn_diag_destroy(&diag);
	return ds;
}

START_TEST(test_date_parse_precisions_and_errors)
{
	sn_date_t d;

	ck_assert_int_eq(sn_date_parse("2019", &d), SN_OK);
	ck_assert(d.year == 2019 && d.month == 0 && d.day == 0);
	ck_assert_int_eq(sn_date_parse(" 2020-02-29 ", &d), SN_OK);
	ck_assert(d.year == 2020 && d.month == 2 && d.day == 29);
	ck_assert_int_eq(sn_date_parse("", &d), SN_OK);
	ck_assert_int_eq(d.year, 0);
	ck_assert_int_eq(sn_date_parse("2019-02-29", &d), SN_EDATA);
	ck_assert_int_eq(sn_date_parse("2019-13", &d), SN_EDATA);
	ck_assert_int_eq(sn_date_parse("19", &d), SN_EDATA);
	ck_assert_int_eq(sn_date_parse("2019/03", &d), SN_EDATA);
	ck_assert_int_eq(sn_date_parse("2019-3", &d), SN_EDATA);
}
END_TEST

START_TEST(test_date_ordered_compares_at_the_coarser_precision)
{
	sn_date_t y2020 = { 2020, 0, 0 }, mar = { 2020, 3, 0 }, mar14 = { 2020, 3, 14 },
		  y2019 = { 2019, 0, 0 }, none = { 0, 0, 0 };

	ck_assert(sn_date_ordered(y2020, mar));      /* 2020-03 may end in 2020 */
	ck_assert(sn_date_ordered(mar14, mar));      /* the 14th is within March */
	ck_assert(sn_date_ordered(mar, y2020));
	ck_assert(!sn_date_ordered(y2020, y2019));
	ck_assert(!sn_date_ordered((sn_date_t){ 2020, 3, 15 }, (sn_date_t){ 2020, 3, 14 }));
	ck_assert(sn_date_ordered(none, y2019));
}
END_TEST

START_TEST(test_years_parse_interval_and_errors)
{
	sn_years_t y;

	ck_assert_int_eq(sn_years_parse("2015-2020", &y), SN_OK);
	ck_assert(y.from == 2015 && y.to == 2020);
	ck_assert_int_eq(sn_years_parse("2019", &y), SN_OK);
	ck_assert(y.from == 2019 && y.to == 2019);
	ck_assert_int_eq(sn_years_parse("2020-2015", &y), SN_EINVAL);
	ck_assert_int_eq(sn_years_parse("2020-", &y), SN_EINVAL);
	ck_assert_int_eq(sn_years_parse("soon", &y), SN_EINVAL);
}
END_TEST

START_TEST(test_dates_active_open_ends_and_undated)
{
	sn_date_t none = { 0, 0, 0 }, s2021 = { 2021, 0, 0 }, e2020 = { 2020, 6, 0 };

	ck_assert(sn_dates_active(s2021, none, (sn_years_t){ 2030, 2030 }));   /* open end */
	ck_assert(!sn_dates_active(s2021, none, (sn_years_t){ 2015, 2020 }));
	ck_assert(sn_dates_active(none, e2020, (sn_years_t){ 2000, 2000 }));   /* open start */
	ck_assert(!sn_dates_active(none, none, (sn_years_t){ 1000, 9999 }));   /* undated */
}
END_TEST

START_TEST(test_dataset_load_reports_bad_dates_at_their_cells)
{
	char *dir = temp_dir();
	sn_dataset_t *ds = NULL;
	sn_diag_t diag;

	ck_assert_ptr_nonnull(dir);
	write_text(dir, "actors.csv", "id,name,type\na,A,ngo\n");
	write_text(dir, "projects.csv", "id,name,start,end\np,P,2020,2019\nq,Q,2020-13,\n");
	write_text(dir, "memberships.csv", "project,actor\np,a\nq,a\n");
	sn_diag_init(&diag);
	ck_assert_int_eq(sn_dataset_load(&ds, dir, NULL, &diag), SN_EDATA);
	/* The folder has no territory tree and none is given: a third error says so. */
	size_t found = 0;
	for (size_t i = 0; i < diag.count; i++) {
		const sn_diag_entry_t *e = &diag.entries[i];
		if (strstr(e->message, "end '2019' comes before start '2020'"))
			found += e->line == 2 && e->column == 4;
		if (strstr(e->message, "start: '2020-13': no month 13"))
			found += e->line == 3 && e->column == 3;
	}
	ck_assert_uint_eq(found, 2);
	ck_assert_uint_eq(diag.errors, 3);
	sn_diag_destroy(&diag);
	free(dir);
}
END_TEST

START_TEST(test_restrict_years_keeps_active_projects_and_counts_the_rest)
{
	sn_dataset_t *ds = load("dynamics");
	sn_period_stats_t st;

	ck_assert_int_eq(sn_dataset_restrict_years(ds, (sn_years_t){ 2021, 2022 }, &st), SN_OK);
	/* Active in 2021-2022: p3 (to 2021), p4 (open), p6 (2022). */
	ck_assert_uint_eq(st.kept, 3);
	ck_assert_uint_eq(st.undated, 1);
	ck_assert_uint_eq(st.outside, 4);      /* p1, p2, p7, p8 */
	ck_assert_uint_eq(st.memberships_dropped, 3 + 2 + 2 + 3 + 2);
	ck_assert_uint_eq(ds->nprojects, 3);
	ck_assert_uint_eq(ds->nmemberships, 3 + 2 + 5);
	ck_assert_str_eq(ds->projects[0].id, "p3");
	ck_assert_uint_eq(sn_dataset_find_project(ds, "p6"), 2);
	ck_assert_uint_eq(sn_dataset_find_project(ds, "p1"), SN_NO_PARENT);
	for (size_t m = 0; m < ds->nmemberships; m++)
		ck_assert_uint_lt(ds->memberships[m].project, 3);
	sn_dataset_free(ds);
}
END_TEST

START_TEST(test_network_memberships_kept_leave_out_inactive_actors)
{
	/* Keep the memberships of p4 only: ra and rb. */
	sn_dataset_t *ds = load("dynamics");
	bool *kept = calloc(ds->nmemberships, sizeof *kept);
	sn_network_t net;
	size_t p4 = sn_dataset_find_project(ds, "p4");

	for (size_t m = 0; m < ds->nmemberships; m++)
		kept[m] = ds->memberships[m].project == p4;
	sn_network_options_t opts = { false, true, kept };
	sn_network_init(&net);
	ck_assert_int_eq(sn_network_build(&net, ds, &opts), SN_OK);
	ck_assert_uint_eq(net.nactors, 2);              /* ra and rb, nobody else */
	ck_assert_int_eq(igraph_ecount(&net.graph), 2);
	ck_assert_uint_eq(ds->memberships[net.membership_of_edge[0]].project, p4);
	ck_assert_uint_eq(ds->memberships[net.membership_of_edge[1]].project, p4);
	ck_assert_int_eq(sn_network_actor_vertex(&net, 2), -1);  /* u1 left out */
	sn_network_destroy(&net);
	/* Without leave_out_inactive, non-territorial actors stay as isolates (5 of them). */
	opts.leave_out_inactive = false;
	ck_assert_int_eq(sn_network_build(&net, ds, &opts), SN_OK);
	ck_assert_uint_eq(net.nactors, 2 + 5);
	sn_network_destroy(&net);
	free(kept);
	sn_dataset_free(ds);
}
END_TEST

static sn_dynamics_t *fixture_dynamics_by(sn_slice_method_t method)
{
	static const sn_measure_t degree = SN_MEASURE_DEGREE;
	sn_dataset_t *ds = load("dynamics");
	sn_dynamics_options_t opts;
	sn_dynamics_t *d = NULL;

	sn_dynamics_options_default(&opts);
	opts.method = method;
	opts.measures = &degree;
	opts.nmeasures = 1;
	ck_assert_int_eq(sn_dynamics_compute(&d, ds, &opts), SN_OK);
	sn_dataset_free(ds);
	return d;
}

static sn_dynamics_t *fixture_dynamics(void)
{
	return fixture_dynamics_by(SN_SLICE_LOUVAIN);
}

START_TEST(test_dynamics_slice_figures_match_hand_count)
{
	static const struct {
		int year;
		size_t actors, projects, ties, components;
		double density, largest, mean, pop;
	} want[] = {
		{ 2019, 5, 2, 4, 2, 4.0 / 10, 3.0 / 5, 8.0 / 5, 0.6 },
		{ 2020, 6, 2, 6, 2, 6.0 / 15, 3.0 / 6, 12.0 / 6, 0.6 },
		{ 2021, 5, 2, 4, 2, 4.0 / 10, 3.0 / 5, 8.0 / 5, 1 },
		{ 2022, 5, 2, 10, 1, 10.0 / 10, 5.0 / 5, 20.0 / 5, 1 },
		{ 2023, 5, 2, 4, 2, 4.0 / 10, 3.0 / 5, 8.0 / 5, 1 },
		{ 2024, 4, 2, 2, 2, 2.0 / 6, 2.0 / 4, 4.0 / 4, 1 },
	};
	sn_dynamics_t *d = fixture_dynamics();

	ck_assert_uint_eq(d->nslices, 6);
	ck_assert_uint_eq(d->undated, 1);
	for (size_t i = 0; i < 6; i++) {
		const sn_slice_t *s = &d->slices[i];
		ck_assert_int_eq(s->from, want[i].year);
		ck_assert_int_eq(s->to, want[i].year);
		ck_assert_uint_eq(s->actors, want[i].actors);
		ck_assert_uint_eq(s->projects, want[i].projects);
		ck_assert_uint_eq(s->ties, want[i].ties);
		ck_assert_uint_eq(s->components, want[i].components);
		ck_assert_double_eq_tol(s->density, want[i].density, 1e-15);
		ck_assert_double_eq_tol(s->largest_share, want[i].largest, 1e-15);
		ck_assert_double_eq_tol(s->mean_degree, want[i].mean, 1e-15);
		ck_assert_double_eq_tol(s->population_share, want[i].pop, 1e-15);
		ck_assert_int_eq(s->population_year, 2020);
	}
	sn_dynamics_free(d);
}
END_TEST

START_TEST(test_dynamics_persistence_matches_hand_count)
{
	static const struct {
		double kept, jaccard;
		size_t entering, leaving;
	} want[] = {
		{ 0, 0, 0, 0 },
		{ 4.0 / 4, 4.0 / 6, 1, 0 },
		{ 3.0 / 6, 3.0 / 7, 1, 2 },
		{ 4.0 / 4, 4.0 / 10, 0, 0 },
		{ 4.0 / 10, 4.0 / 10, 0, 0 },
		{ 2.0 / 4, 2.0 / 4, 0, 1 },
	};
	sn_dynamics_t *d = fixture_dynamics();

	ck_assert(!d->slices[0].has_previous);
	for (size_t i = 1; i < 6; i++) {
		const sn_slice_t *s = &d->slices[i];
		ck_assert(s->has_previous);
		ck_assert_double_eq_tol(s->ties_kept, want[i].kept, 1e-15);
		ck_assert_double_eq_tol(s->ties_jaccard, want[i].jaccard, 1e-15);
		ck_assert_uint_eq(s->entering, want[i].entering);
		ck_assert_uint_eq(s->leaving, want[i].leaving);
	}
	sn_dynamics_free(d);
}
END_TEST

START_TEST(test_dynamics_community_events_match_hand_count)
{
	static const struct {
		size_t slice;
		sn_community_event_kind_t kind;
		size_t prev, cur, prev_size, cur_size;
		double jaccard;
	} want[] = {
		{ 1, SN_EVENT_GROWTH, 2, 2, 2, 3, 2.0 / 3 },
		{ 1, SN_EVENT_CONTINUE, 1, 1, 3, 3, 1 },
		{ 2, SN_EVENT_BIRTH, 0, 1, 0, 2, NAN },
		{ 2, SN_EVENT_DEATH, 1, 0, 3, 0, NAN },
		{ 2, SN_EVENT_CONTINUE, 2, 2, 3, 3, 1 },
		{ 3, SN_EVENT_MERGE, 1, 1, 2, 5, 2.0 / 5 },
		{ 3, SN_EVENT_MERGE, 2, 1, 3, 5, 3.0 / 5 },
		{ 4, SN_EVENT_SPLIT, 1, 1, 5, 2, 2.0 / 5 },
		{ 4, SN_EVENT_SPLIT, 1, 2, 5, 3, 3.0 / 5 },
		{ 5, SN_EVENT_SHRINK, 2, 2, 3, 2, 2.0 / 3 },
		{ 5, SN_EVENT_CONTINUE, 1, 1, 2, 2, 1 },
	};
	/* Both methods find the hand-computed partitions (_i: Louvain, then Leiden). */
	sn_dynamics_t *d = fixture_dynamics_by(_i == 0 ? SN_SLICE_LOUVAIN : SN_SLICE_LEIDEN);

	ck_assert_uint_eq(d->nevents, sizeof want / sizeof *want);
	for (size_t i = 0; i < d->nevents; i++) {
		const sn_community_event_t *e = &d->events[i];
		ck_assert_uint_eq(e->slice, want[i].slice);
		ck_assert_int_eq(e->kind, want[i].kind);
		ck_assert_uint_eq(e->previous, want[i].prev);
		ck_assert_uint_eq(e->current, want[i].cur);
		ck_assert_uint_eq(e->previous_size, want[i].prev_size);
		ck_assert_uint_eq(e->current_size, want[i].cur_size);
		if (isnan(want[i].jaccard))
			ck_assert(isnan(e->jaccard));
		else
			ck_assert_double_eq_tol(e->jaccard, want[i].jaccard, 1e-15);
	}
	sn_dynamics_free(d);
}
END_TEST

START_TEST(test_dynamics_ranks_share_the_best_rank_of_a_tie)
{
	/* 2019: ra u1 c1 degree 2 (rank 1), c2 n1 degree 1 (rank 4, after three). */
	static const size_t actor[] = { 0, 2, 3, 4, 5 }, rank[] = { 1, 1, 1, 4, 4 };
	static const double value[] = { 2, 2, 2, 1, 1 };
	sn_dynamics_t *d = fixture_dynamics();

	ck_assert_uint_eq(d->nranks, 5 + 6 + 5 + 5 + 5 + 4);
	for (size_t i = 0; i < 5; i++) {
		ck_assert_uint_eq(d->ranks[i].slice, 0);
		ck_assert_uint_eq(d->ranks[i].actor, actor[i]);
		ck_assert_double_eq(d->ranks[i].value, value[i]);
		ck_assert_uint_eq(d->ranks[i].rank, rank[i]);
	}
	sn_dynamics_free(d);
}
END_TEST

START_TEST(test_dynamics_window_two_step_two)
{
	/*
	 * 2019-2020: p1 p2 p3: ra u1 c1 c2 n1 n2, ties as 2020 (6).
	 * 2021-2022: p3 p4 p6: ra rb c2 n1 n2, K5 (10): kept 3 of 6, Jaccard 3/13.
	 * 2023-2024: p4 p7 p8: ra rb c2 n1 n2, 4 ties: kept 4 of 10, Jaccard 4/10.
	 */
	sn_dataset_t *ds = load("dynamics");
	sn_dynamics_options_t opts;
	sn_dynamics_t *d = NULL;

	sn_dynamics_options_default(&opts);
	opts.window = 2;
	opts.step = 2;
	ck_assert_int_eq(sn_dynamics_compute(&d, ds, &opts), SN_OK);
	ck_assert_uint_eq(d->nslices, 3);
	ck_assert_int_eq(d->slices[1].from, 2021);
	ck_assert_int_eq(d->slices[1].to, 2022);
	ck_assert_uint_eq(d->slices[0].ties, 6);
	ck_assert_uint_eq(d->slices[1].ties, 10);
	ck_assert_uint_eq(d->slices[2].ties, 4);
	ck_assert_uint_eq(d->slices[1].projects, 3);
	ck_assert_double_eq_tol(d->slices[1].ties_kept, 3.0 / 6, 1e-15);
	ck_assert_double_eq_tol(d->slices[1].ties_jaccard, 3.0 / 13, 1e-15);
	ck_assert_double_eq_tol(d->slices[2].ties_kept, 4.0 / 10, 1e-15);
	ck_assert_uint_eq(d->nranks, 0);
	sn_dynamics_free(d);
	sn_dataset_free(ds);
}
END_TEST

START_TEST(test_dynamics_rejects_bad_options_and_undated_data)
{
	sn_dataset_t *ds = load("dynamics");
	sn_dynamics_options_t opts;
	sn_dynamics_t *d = NULL;

	sn_dynamics_options_default(&opts);
	opts.window = 0;
	ck_assert_int_eq(sn_dynamics_compute(&d, ds, &opts), SN_EINVAL);
	opts.window = 1;
	opts.from = 2025;
	opts.to = 2020;
	ck_assert_int_eq(sn_dynamics_compute(&d, ds, &opts), SN_EINVAL);
	opts.from = opts.to = 0;
	opts.match_threshold = 0;
	ck_assert_int_eq(sn_dynamics_compute(&d, ds, &opts), SN_EINVAL);
	opts.match_threshold = 0.3;
	opts.method = (sn_slice_method_t)7;
	ck_assert_int_eq(sn_dynamics_compute(&d, ds, &opts), SN_EINVAL);
	ck_assert_ptr_null(d);
	sn_dataset_free(ds);
	ds = load("mini");  /* no dates at all */
	ck_assert_int_eq(sn_dynamics_compute(&d, ds, NULL), SN_EDATA);
	sn_dataset_free(ds);
}
END_TEST

START_TEST(test_dynamics_empty_slice_has_no_actors_and_undefined_shares)
{
	sn_dataset_t *ds = load("dynamics");
	sn_dynamics_options_t opts;
	sn_dynamics_t *d = NULL;

	sn_dynamics_options_default(&opts);
	opts.from = 2017;
	opts.to = 2019;
	ck_assert_int_eq(sn_dynamics_compute(&d, ds, &opts), SN_OK);
	ck_assert_uint_eq(d->slices[0].actors, 0);
	ck_assert(isnan(d->slices[0].density) && isnan(d->slices[0].largest_share));
	ck_assert_uint_eq(d->slices[0].communities, 0);
	ck_assert(isnan(d->slices[1].ties_kept) && isnan(d->slices[1].ties_jaccard));
	ck_assert_uint_eq(d->slices[2].entering, 5);
	/* 2019 after an empty 2018: its two communities are born. */
	ck_assert_uint_eq(d->nevents, 2);
	ck_assert_int_eq(d->events[0].kind, SN_EVENT_BIRTH);
	sn_dynamics_free(d);
	sn_dataset_free(ds);
}
END_TEST

/* ---- the slice partition (sn_dynamics_partition) ------------------------------ */

/* Whether every community of `m` is connected in `g`: as many components of the ties
   inside communities as communities. */
static bool communities_connected(const igraph_t *g, const igraph_vector_int_t *m)
{
	igraph_vector_int_t inside;
	igraph_t sub;
	igraph_integer_t parts, k = igraph_vector_int_max(m) + 1;

	ck_assert_int_eq(igraph_vector_int_init(&inside, 0), IGRAPH_SUCCESS);
	for (igraph_integer_t e = 0; e < igraph_ecount(g); e++)
		if (VECTOR(*m)[IGRAPH_FROM(g, e)] == VECTOR(*m)[IGRAPH_TO(g, e)]) {
			igraph_vector_int_push_back(&inside, IGRAPH_FROM(g, e));
			igraph_vector_int_push_back(&inside, IGRAPH_TO(g, e));
		}
	ck_assert_int_eq(igraph_create(&sub, &inside, igraph_vcount(g), IGRAPH_UNDIRECTED),
			 IGRAPH_SUCCESS);
	igraph_connected_components(&sub, NULL, NULL, &parts, IGRAPH_WEAK);
	igraph_destroy(&sub);
	igraph_vector_int_destroy(&inside);
	return parts == k;
}

/* Labels numbered 0, 1, ... in order of first appearance. */
static bool canonical(const igraph_vector_int_t *m)
{
	igraph_integer_t next = 0;

	for (igraph_integer_t v = 0; v < igraph_vector_int_size(m); v++) {
		if (VECTOR(*m)[v] > next)
			return false;
		next += VECTOR(*m)[v] == next;
	}
	return true;
}

/*
 * Zachary's karate club (unweighted): the maximum modularity is 0.4198
 * (Brandes et al. 2008, "On modularity clustering").  Peers, 200 seeds
 * each: NetworkX louvain_communities mean 0.4155, minimum 0.3854; igraph
 * community_multilevel mean 0.4158, minimum 0.3920.  samnet's Louvain over
 * seeds 1..100 must lie in the same range, with connected communities.
 */
START_TEST(test_dynamics_partition_louvain_karate_within_peer_range)
{
	igraph_t g;
	igraph_vector_int_t m;
	sn_dynamics_options_t opts;
	double sum = 0;

	igraph_famous(&g, "Zachary");
	igraph_vector_int_init(&m, 0);
	sn_dynamics_options_default(&opts);
	for (uint64_t seed = 1; seed <= 100; seed++) {
		double q;
		bool at_bound = true;
		opts.communities.seed = seed;
		ck_assert_int_eq(sn_dynamics_partition(&m, &at_bound, &g, NULL, &opts), SN_OK);
		ck_assert(!at_bound);
		ck_assert_int_eq(igraph_vector_int_size(&m), 34);
		ck_assert(canonical(&m));
		ck_assert(communities_connected(&g, &m));
		ck_assert_int_eq(sn_communities_modularity(&q, &g, NULL, &m, 1.0), SN_OK);
		ck_assert_double_ge(q, 0.38);
		ck_assert_double_le(q, 0.41979);
		sum += q;
	}
	ck_assert_double_ge(sum / 100, 0.41);
	igraph_vector_int_destroy(&m);
	igraph_destroy(&g);
}
END_TEST

/*
 * A ring of ten K5 joined by single ties (NetworkX ring_of_cliques(10, 5),
 * m = 110): the cliques have Q = 0.8091, pairs of neighbouring cliques only
 * 0.7545 (NetworkX modularity), so Louvain ends at the cliques, numbered in
 * vertex order; weight 2 inside the cliques keeps that.
 */
START_TEST(test_dynamics_partition_louvain_ring_of_cliques_is_the_cliques)
{
	igraph_t g;
	igraph_vector_int_t edges, m;
	igraph_vector_t w;
	sn_dynamics_options_t opts;

	igraph_vector_int_init(&edges, 0);
	for (int c = 0; c < 10; c++) {
		for (int a = 0; a < 5; a++)
			for (int b = a + 1; b < 5; b++) {
				igraph_vector_int_push_back(&edges, 5 * c + a);
				igraph_vector_int_push_back(&edges, 5 * c + b);
			}
		igraph_vector_int_push_back(&edges, 5 * c + 1);
		igraph_vector_int_push_back(&edges, (5 * c + 5) % 50);
	}
	igraph_create(&g, &edges, 50, IGRAPH_UNDIRECTED);
	igraph_vector_init(&w, igraph_ecount(&g));
	for (igraph_integer_t e = 0; e < igraph_ecount(&g); e++)
		VECTOR(w)[e] = IGRAPH_FROM(&g, e) / 5 == IGRAPH_TO(&g, e) / 5 ? 2 : 1;
	igraph_vector_int_init(&m, 0);
	sn_dynamics_options_default(&opts);
	for (uint64_t seed = 1; seed <= 10; seed++) {
		opts.communities.seed = seed;
		ck_assert_int_eq(sn_dynamics_partition(&m, NULL, &g, seed % 2 ? NULL : &w, &opts),
				 SN_OK);
		for (int v = 0; v < 50; v++)
			ck_assert_int_eq(VECTOR(m)[v], v / 5);
	}
	igraph_vector_int_destroy(&m);
	igraph_vector_destroy(&w);
	igraph_vector_int_destroy(&edges);
	igraph_destroy(&g);
}
END_TEST

/*
 * CPM above every tie weight: each merge gains w - gamma < 0, so every
 * vertex stays alone and the loop ends.  Two disjoint triangles at
 * gamma = 0.5: a whole triangle gains 3 - 0.5 * 3 > 0, so each triangle is
 * one community.
 */
START_TEST(test_dynamics_partition_louvain_cpm_resolution_extremes)
{
	igraph_t g;
	igraph_vector_int_t m;
	sn_dynamics_options_t opts;
	bool at_bound = true;

	igraph_small(&g, 6, IGRAPH_UNDIRECTED, 0, 1, 1, 2, 2, 0, 3, 4, 4, 5, 5, 3, -1);
	igraph_vector_int_init(&m, 0);
	sn_dynamics_options_default(&opts);
	opts.communities.objective = SN_OBJECTIVE_CPM;
	opts.communities.resolution = 2;
	ck_assert_int_eq(sn_dynamics_partition(&m, &at_bound, &g, NULL, &opts), SN_OK);
	ck_assert(!at_bound);
	for (int v = 0; v < 6; v++)
		ck_assert_int_eq(VECTOR(m)[v], v);
	opts.communities.resolution = 0.5;
	ck_assert_int_eq(sn_dynamics_partition(&m, &at_bound, &g, NULL, &opts), SN_OK);
	for (int v = 0; v < 6; v++)
		ck_assert_int_eq(VECTOR(m)[v], v / 3);
	igraph_vector_int_destroy(&m);
	igraph_destroy(&g);
}
END_TEST

START_TEST(test_dynamics_partition_same_seed_same_partition_and_bound_reported)
{
	igraph_t g;
	igraph_vector_int_t a, b;
	sn_dynamics_options_t opts;
	bool at_bound = false;

	igraph_famous(&g, "Zachary");
	igraph_vector_int_init(&a, 0);
	igraph_vector_int_init(&b, 0);
	sn_dynamics_options_default(&opts);
	opts.communities.seed = 11;
	ck_assert_int_eq(sn_dynamics_partition(&a, NULL, &g, NULL, &opts), SN_OK);
	ck_assert_int_eq(sn_dynamics_partition(&b, NULL, &g, NULL, &opts), SN_OK);
	ck_assert(igraph_vector_int_all_e(&a, &b));
	/* One visit per vertex cannot settle the karate club: vertices move, and their
	   neighbours visited before are queued again. */
	opts.communities.max_iterations = 1;
	ck_assert_int_eq(sn_dynamics_partition(&a, &at_bound, &g, NULL, &opts), SN_OK);
	ck_assert(at_bound);
	ck_assert(canonical(&a));
	/* Leiden reports its own bound (one iteration, still changing) through the same flag. */
	opts.method = SN_SLICE_LEIDEN;
	at_bound = false;
	ck_assert_int_eq(sn_dynamics_partition(&a, &at_bound, &g, NULL, &opts), SN_OK);
	ck_assert(at_bound);
	igraph_vector_int_destroy(&a);
	igraph_vector_int_destroy(&b);
	igraph_destroy(&g);
}
END_TEST

START_TEST(test_dynamics_partition_rejects_bad_input)
{
	igraph_t g, directed, empty;
	igraph_vector_int_t m;
	igraph_vector_t w;
	sn_dynamics_options_t opts;
	sn_slice_method_t method;

	igraph_small(&g, 3, IGRAPH_UNDIRECTED, 0, 1, 1, 2, -1);
	igraph_small(&directed, 3, IGRAPH_DIRECTED, 0, 1, 1, 2, -1);
	igraph_empty(&empty, 0, IGRAPH_UNDIRECTED);
	igraph_vector_int_init(&m, 0);
	igraph_vector_init(&w, 2);
	VECTOR(w)[0] = 1;
	VECTOR(w)[1] = -1;
	sn_dynamics_options_default(&opts);
	ck_assert_int_eq(sn_dynamics_partition(&m, NULL, &g, &w, &opts), SN_EINVAL);
	ck_assert_int_eq(sn_dynamics_partition(&m, NULL, &directed, NULL, &opts), SN_EINVAL);
	ck_assert_int_eq(sn_dynamics_partition(&m, NULL, &empty, NULL, &opts), SN_EINVAL);
	opts.communities.resolution = -1;
	ck_assert_int_eq(sn_dynamics_partition(&m, NULL, &g, NULL, &opts), SN_EINVAL);
	opts.communities.resolution = 1;
	opts.communities.max_iterations = 0;
	ck_assert_int_eq(sn_dynamics_partition(&m, NULL, &g, NULL, &opts), SN_EINVAL);
	opts.communities.max_iterations = 100;
	opts.method = (sn_slice_method_t)7;
	ck_assert_int_eq(sn_dynamics_partition(&m, NULL, &g, NULL, &opts), SN_EINVAL);
	ck_assert_int_eq(sn_dynamics_partition(&m, NULL, &g, NULL, NULL), SN_OK);
	ck_assert_int_eq(VECTOR(m)[0], VECTOR(m)[2]);   /* a path of three: one community */
	ck_assert_int_eq(sn_slice_method_parse("leiden", &method), SN_OK);
	ck_assert_int_eq(method, SN_SLICE_LEIDEN);
	ck_assert_str_eq(sn_slice_method_name(method), "leiden");
	ck_assert_int_eq(sn_slice_method_parse("Louvain", &method), SN_EINVAL);
	ck_assert_str_eq(sn_slice_method_name((sn_slice_method_t)7), "unknown");
	igraph_vector_destroy(&w);
	igraph_vector_int_destroy(&m);
	igraph_destroy(&g);
	igraph_destroy(&directed);
	igraph_destroy(&empty);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("dynamics");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_date_parse_precisions_and_errors);
	tcase_add_test(tc, test_date_ordered_compares_at_the_coarser_precision);
	tcase_add_test(tc, test_years_parse_interval_and_errors);
	tcase_add_test(tc, test_dates_active_open_ends_and_undated);
	tcase_add_test(tc, test_dataset_load_reports_bad_dates_at_their_cells);
	tcase_add_test(tc, test_restrict_years_keeps_active_projects_and_counts_the_rest);
	tcase_add_test(tc, test_network_memberships_kept_leave_out_inactive_actors);
	tcase_add_test(tc, test_dynamics_slice_figures_match_hand_count);
	tcase_add_test(tc, test_dynamics_persistence_matches_hand_count);
	tcase_add_loop_test(tc, test_dynamics_community_events_match_hand_count, 0, 2);
	tcase_add_test(tc, test_dynamics_ranks_share_the_best_rank_of_a_tie);
	tcase_add_test(tc, test_dynamics_window_two_step_two);
	tcase_add_test(tc, test_dynamics_rejects_bad_options_and_undated_data);
	tcase_add_test(tc, test_dynamics_empty_slice_has_no_actors_and_undefined_shares);
	tcase_add_test(tc, test_dynamics_partition_louvain_karate_within_peer_range);
	tcase_add_test(tc, test_dynamics_partition_louvain_ring_of_cliques_is_the_cliques);
	tcase_add_test(tc, test_dynamics_partition_louvain_cpm_resolution_extremes);
	tcase_add_test(tc, test_dynamics_partition_same_seed_same_partition_and_bound_reported);
	tcase_add_test(tc, test_dynamics_partition_rejects_bad_input);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(suite());
}
