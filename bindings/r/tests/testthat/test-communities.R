# Expected partitions come from igraph's own community detection on the same graph.

test_that("two cliques joined by one tie are two communities, as igraph finds", {
  skip_if_not_installed("igraph")
  # Projects q1 (a, b, c) and q2 (d, e, f) are cliques; p3 ties c to d.
  ds <- load_dataset(write_dataset(c("project,actor", "q1,a", "q1,b", "q1,c",
                                     "q2,d", "q2,e", "q2,f", "p3,c", "p3,d")))
  ours <- communities(ds)
  # the table "actors" of `samnet communities` (sn_communities_doc())
  expect_equal(names(ours), c("id", "name", "type", "county", "community", "internal_strength"))
  expect_type(ours$community, "integer")
  g <- as_igraph(ds)
  theirs <- igraph::membership(igraph::cluster_louvain(g))
  expect_equal(igraph::compare(ours$community, theirs[ours$id], method = "nmi"), 1)
  expect_equal(sort(unique(ours$community)), 1:2)
})

test_that("Leiden communities of the bundled dataset are connected and seeded", {
  skip_if_not_installed("igraph")
  ds <- load_dataset()
  ours <- communities(ds, seed = 7)
  expect_identical(ours, communities(ds, seed = 7))
  g <- as_igraph(ds)
  expect_setequal(igraph::V(g)$name, ours$id)
  ours <- ours[match(igraph::V(g)$name, ours$id), ]
  # Leiden (Traag et al. 2019) guarantees connected communities; igraph checks each one.
  for (k in unique(ours$community))
    expect_true(igraph::is_connected(igraph::induced_subgraph(g, which(ours$community == k))))
  # Modularity of the partition, computed by igraph, is that of a real community structure.
  expect_gt(igraph::modularity(g, ours$community), 0.3)
})

test_that("bad arguments of communities are R errors", {
  ds <- load_dataset(write_dataset(small_memberships))
  expect_error(communities(ds, projection = "bogus"), "bogus")
  expect_error(communities(ds, seed = -1), "seed")
  expect_error(communities(ds, seed = 1.5), "seed")
  expect_error(communities(ds, seed = "1"), "seed")
  expect_error(communities(ds, method = "bogus"), "bogus")
  expect_error(communities(ds, resolution = "1"), "resolution must be a single number")
  expect_error(communities(ds, resolution = -1), "resolution")
})
