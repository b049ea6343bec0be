test_that("the bundled dataset loads with its tables", {
  ds <- load_dataset()
  expect_s3_class(ds, "samnet_dataset")
  a <- actors(ds)
  expect_s3_class(a, "data.frame")
  expect_true(all(c("id", "name", "type", "territory", "population") %in% names(a)))
  expect_type(a$population, "integer")
  expect_false(anyDuplicated(a$id) > 0)
  expect_true("region-12" %in% a$id)
  m <- memberships(ds)
  expect_true(all(m$actor %in% a$id))
  expect_true(all(m$project %in% projects(ds)$id))
  expect_output(print(ds), "actors")
})

test_that("a dataset folder loads, and its tables are the files' rows", {
  ds <- load_dataset(write_dataset(small_memberships))
  expect_equal(actors(ds)$id, c("a", "b", "c", "d", "e", "f"))
  expect_equal(sort(projects(ds)$id), paste0("p", 1:5))
  expect_equal(nrow(memberships(ds)), 11L)
})

test_that("a missing folder is an R error with the library's message", {
  expect_error(load_dataset(file.path(tempdir(), "no-such-dataset")), "no-such-dataset")
})

test_that("a dataset with errors is an R error naming file and line", {
  dir <- write_dataset(c("project,actor", "p1,a", "p1,nobody"))
  expect_error(load_dataset(dir), "memberships.csv:3")
})

test_that("bad arguments are R errors, not crashes", {
  expect_error(load_dataset(42), "single folder")
  expect_error(load_dataset(c("a", "b")), "single folder")
  expect_error(actors(list()), "load_dataset")
  expect_error(centrality("sweden"), "load_dataset")
  # An external pointer does not survive serialisation: the restored handle is empty.
  ds <- unserialize(serialize(load_dataset(write_dataset(small_memberships)), NULL))
  expect_error(centrality(ds), "load_dataset")
  forged <- structure(list(ptr = 1), class = "samnet_dataset")
  expect_error(centrality(forged), "load_dataset")
  expect_error(power(structure(list(ptr = NULL), class = "samnet_dataset")), "load_dataset")
})

test_that("empty and all-missing columns keep the library's column types", {
  # Companies carry no population, and a header-only memberships.csv has no rows.
  dir <- write_dataset("project,actor")
  expect_warning(ds <- load_dataset(dir), "no memberships")
  a <- actors(ds)
  expect_type(a$population, "integer")
  expect_true(all(is.na(a$population)))
  m <- memberships(ds)
  expect_equal(nrow(m), 0L)
  expect_type(m$project, "character")
  expect_type(m$amount_sek, "double")
  expect_type(m$line, "integer")
  expect_type(projects(ds)$id, "character")
})
