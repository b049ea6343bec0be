# Expected values come from igraph (r-cran-igraph) on the library's own projection, and on a
# graph built by igraph from the memberships directly, not from samnet's output.

test_that("degree and betweenness equal igraph's on the bundled dataset", {
  skip_if_not_installed("igraph")
  ds <- load_dataset()
  g <- as_igraph(ds)
  raw <- centrality(ds, normalized = FALSE)
  # the table of `samnet centrality` (sn_centrality_doc()), ranked by the first measure
  expect_equal(names(raw), c("rank", "id", "name", "type", "county", "population",
                             "partner_population", "degree", "betweenness"))
  expect_equal(raw$rank, seq_len(nrow(raw)))
  expect_setequal(igraph::V(g)$name, raw$id)
  expect_equal(raw$degree, unname(igraph::degree(g)[raw$id]), tolerance = 1e-12)
  expect_equal(raw$betweenness, unname(igraph::betweenness(g, weights = NA)[raw$id]),
               tolerance = 1e-12)
  norm <- centrality(ds)
  expect_equal(norm$degree, unname(igraph::degree(g, normalized = TRUE)[norm$id]),
               tolerance = 1e-12)
  expect_equal(norm$betweenness,
               unname(igraph::betweenness(g, weights = NA, normalized = TRUE)[norm$id]),
               tolerance = 1e-12)
})

test_that("the projection equals igraph's bipartite projection of the memberships", {
  skip_if_not_installed("igraph")
  ds <- load_dataset(write_dataset(small_memberships))
  m <- memberships(ds)
  two <- igraph::graph_from_data_frame(m[, c("actor", "project")], directed = FALSE)
  igraph::V(two)$type <- igraph::V(two)$name %in% m$project
  proj <- igraph::bipartite_projection(two, which = "false")
  ours <- as_igraph(ds)
  expect_true(igraph::isomorphic(ours, proj))
  c <- centrality(ds, c("degree", "betweenness", "strength"), normalized = FALSE)
  ids <- c$id
  expect_equal(c$degree, unname(igraph::degree(proj)[ids]), tolerance = 1e-12)
  expect_equal(c$betweenness, unname(igraph::betweenness(proj, weights = NA)[ids]),
               tolerance = 1e-12)
  # Strength: igraph's projection weight is the number of shared projects (a-b share 2).
  expect_equal(c$strength, unname(igraph::strength(proj)[ids]), tolerance = 1e-12)
  # By hand: c lies on every path between {a, b} and {d, e, f}: 2 * 3 pairs.
  expect_equal(c$betweenness[ids == "c"], 6)
})

test_that("unknown measures and projections are R errors with the library's message", {
  ds <- load_dataset(write_dataset(small_memberships))
  expect_error(centrality(ds, "fame"), "fame")
  expect_error(centrality(ds, character(0)), "non-empty")
  expect_error(centrality(ds, NA_character_), "NA")
  expect_error(centrality(ds, projection = "bogus"), "bogus")
  expect_error(centrality(ds, normalized = NA), "TRUE or FALSE")
  expect_error(centrality(ds, 1), "character")
})
