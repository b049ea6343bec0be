test_that("a coalition's population share is its members' over the national total", {
  ds <- load_dataset()
  co <- coalition(ds, "sydsverige")
  expect_named(co, c("coalition", "members", "shared_projects"))
  s <- co$coalition
  expect_equal(nrow(s), 1L)
  expect_equal(s$year, ds$year)
  # The members are regions: their territories do not overlap, so their populations add up;
  # the national total is the sum over the counties.
  a <- actors(ds)
  members <- co$members$id
  t <- territories(ds)
  pop <- sum(a$population[match(members, a$id)])
  expect_equal(s$population, pop)
  expect_equal(s$population_share, pop / sum(t$population[t$level == "county"]),
               tolerance = 1e-12)
  expect_equal(co$members$population, a$population[match(members, a$id)])
})

test_that("a coalition's PageRank share equals igraph's PageRank of its members", {
  skip_if_not_installed("igraph")
  ds <- load_dataset()
  co <- coalition(ds, "sydsverige")
  g <- as_igraph(ds)
  pr <- igraph::page_rank(g)$vector
  # igraph's PRPACK stops at a residual of 1e-10; samnet iterates to 1e-14 (checked against a
  # direct solve in tests/check_pagerank.c), so the two agree to about 1e-11 here.
  expect_equal(co$coalition$pagerank_share, sum(pr[co$members$id]), tolerance = 1e-9)
})

test_that("an unknown coalition is an R error with the library's message", {
  ds <- load_dataset()
  expect_error(coalition(ds, "nordsverige"), "no coalition named 'nordsverige'")
  expect_error(coalition(ds, NULL), "single string")
  expect_error(coalition(ds, c("a", "b")), "single string")
})
