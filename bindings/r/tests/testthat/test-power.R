# The oracle: Banzhaf and Shapley-Shubik by enumerating every coalition and every order of
# a small weighted majority game, written here independently of the library.
brute_power <- function(w, q) {
  n <- length(w)
  swings <- numeric(n)
  for (mask in 0:(2^n - 1)) {
    s <- bitwAnd(mask, 2^(0:(n - 1))) > 0
    if (sum(w[s]) < q) next
    for (i in which(s)) if (sum(w[s]) - w[i] < q) swings[i] <- swings[i] + 1
  }
  perms <- function(v) if (length(v) <= 1) list(v) else
    do.call(c, lapply(seq_along(v), function(k) lapply(perms(v[-k]), function(p) c(v[k], p))))
  pivots <- numeric(n)
  for (p in perms(seq_len(n))) {
    pivot <- p[which(cumsum(w[p]) >= q)[1]]
    pivots[pivot] <- pivots[pivot] + 1
  }
  list(banzhaf = swings / sum(swings), banzhaf_abs = swings / 2^(n - 1),
       shapley = pivots / factorial(n))
}

test_that("power indices of five regions equal the brute-force oracle", {
  ds <- load_dataset()
  ids <- c("region-01", "region-12", "region-14", "region-06", "region-25")
  p <- power(ds, players = ids, indices = c("banzhaf", "shapley"))
  expect_equal(p$id, ids)
  a <- actors(ds)
  w <- a$population[match(ids, a$id)]
  expect_equal(p$weight, w)
  expect_equal(p$weight_share, w / sum(w), tolerance = 1e-12)
  oracle <- brute_power(w, floor(sum(w) / 2) + 1)   # quota >50% of the total
  expect_equal(p$banzhaf, oracle$banzhaf, tolerance = 1e-12)
  expect_equal(p$banzhaf_abs, oracle$banzhaf_abs, tolerance = 1e-12)
  expect_equal(p$shapley, oracle$shapley, tolerance = 1e-12)
})

test_that("equal weights under unanimity give everyone the same power", {
  ds <- load_dataset()
  p <- power(ds, rule = "unanimity", indices = "shapley")
  expect_equal(nrow(p), 21L)   # the regions
  expect_equal(p$shapley, rep(1 / 21, 21), tolerance = 1e-12)
})

test_that("bad games are R errors with the library's message", {
  ds <- load_dataset()
  expect_error(power(ds, rule = "pop>=50%"), "unknown weight 'pop'")
  expect_error(power(ds, players = "nobody"), "unknown actor 'nobody'")
  expect_error(power(ds, quota = "150%"), "quota")
  expect_error(power(ds, indices = "fame"), "fame")
  expect_error(power(ds, rule = "majority", quota = ">50%"), "either rule or quota")
  expect_error(power(ds, seed = -1), "seed")
})
