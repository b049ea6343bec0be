/* Fixtures shared by the two parts of tests/check_communities. */
#ifndef SAMNET_TESTS_COMMUNITIES_FIXTURES_H
#define SAMNET_TESTS_COMMUNITIES_FIXTURES_H

#include <check.h>
#include <igraph.h>

/* The karate club's two factions (NetworkX 'club'), see check_communities.c. */
extern const igraph_integer_t karate_club[34];

/* k cliques of size s, clique i joined to clique i + 1 (mod k) by one edge. */
void ring_of_cliques(igraph_t *g, igraph_vector_int_t *truth, int k, int s);

/* The second suite, in check_communities_ensemble.c. */
Suite *communities_suite_part2(void);

#endif
