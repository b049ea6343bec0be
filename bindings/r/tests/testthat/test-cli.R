# The binding and the samnet program call one library: the same numbers to full precision.
# make check sets SAMNET to the built program; without it these tests are skipped.
# Table `table` (1: the first) of the CLI's CSV output, whose tables are separated by blank lines.
samnet_csv <- function(..., table = 1) {
  cli <- Sys.getenv("SAMNET")
  skip_if(cli == "" || !file.exists(cli), "SAMNET does not name the samnet program")
  out <- system2(cli, c(...), stdout = TRUE)
  part <- cumsum(out == "") + 1
  utils::read.csv(text = out[part == table & out != ""], colClasses = c(id = "character"),
                  check.names = FALSE)
}

test_that("centrality equals the CLI's CSV to the last digit", {
  cli <- samnet_csv("centrality", "--measures", "degree,betweenness,pagerank", "-f", "csv")
  ours <- centrality(load_dataset(), c("degree", "betweenness", "pagerank"))
  expect_setequal(ours$id, cli$id)
  ours <- ours[match(cli$id, ours$id), ]
  expect_identical(ours$degree, cli$degree)
  expect_identical(ours$betweenness, cli$betweenness)
  expect_identical(ours$pagerank, cli$pagerank)
})

test_that("communities equal the CLI's with the same seed", {
  cli <- samnet_csv("communities", "--seed", "3", "-f", "csv", table = 2)
  ours <- communities(load_dataset(), seed = 3)
  expect_setequal(ours$id, cli$id)
  expect_identical(ours$community[match(cli$id, ours$id)], cli$community)
})

test_that("communities with a method and a resolution equal the CLI's", {
  for (args in list(c("walktrap", "1"), c("leiden", "0.5"), c("louvain", "2"))) {
    cli <- samnet_csv("communities", "--algorithm", args[1], "--resolution", args[2],
                      "--compare", "none", "-f", "csv", table = 2)
    ours <- communities(load_dataset(), method = args[1], resolution = as.numeric(args[2]))
    expect_setequal(ours$id, cli$id)
    expect_identical(ours$community[match(cli$id, ours$id)], cli$community)
    expect_identical(ours$internal_strength[match(cli$id, ours$id)],
                     as.numeric(cli$internal_strength))
  }
})

test_that("a coalition equals the CLI's CSV to the last digit", {
  cli <- suppressWarnings(samnet_csv("coalition", "-c", "sydsverige", "-f", "csv"))  # no id column
  ours <- coalition(load_dataset(), "sydsverige")$coalition
  for (k in seq_len(nrow(cli)))
    expect_identical(ours[[cli$measure[k]]], as.numeric(cli$value[k]), label = cli$measure[k])
})
