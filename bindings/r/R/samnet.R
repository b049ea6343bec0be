# The samnet R package: thin wrappers over .Call entry points (src/samnet_r.c) that call
# libsamnet and return its result tables as data frames.  No analysis happens in R.

#' @noRd
handle <- function(ds) {
  if (!inherits(ds, "samnet_dataset"))
    stop("ds must be a dataset from samnet::load_dataset()", call. = FALSE)
  ds$ptr
}

load_dataset <- function(path = NULL) {
  if (!is.null(path)) {
    if (!is.character(path) || length(path) != 1L || is.na(path))
      stop("path must be a single folder name or NULL (the bundled dataset)", call. = FALSE)
    path <- path.expand(path)
  }
  ptr <- .Call(C_rsn_load, path)
  ds <- list(ptr = ptr, path = if (is.null(path)) "sweden (bundled)" else path,
             year = .Call(C_rsn_year, ptr), tables = new.env(parent = emptyenv()))
  class(ds) <- "samnet_dataset"
  ds
}

print.samnet_dataset <- function(x, ...) {
  cat("samnet dataset ", x$path, ": ", nrow(actors(x)), " actors, ", nrow(projects(x)),
      " projects, ", nrow(memberships(x)), " memberships; population year ", x$year, "\n",
      sep = "")
  invisible(x)
}

# The dataset's tables, read from the library once per dataset and kept.
dataset_table <- function(ds, name) {
  ptr <- handle(ds)
  if (is.null(ds$tables$all))
    assign("all", .Call(C_rsn_tables, ptr), envir = ds$tables)
  ds$tables$all[[name]]
}

actors <- function(ds) dataset_table(ds, "actors")
projects <- function(ds) dataset_table(ds, "projects")
memberships <- function(ds) dataset_table(ds, "memberships")
territories <- function(ds) dataset_table(ds, "territories")

centrality <- function(ds, measures = c("degree", "betweenness"), projection = "count",
                       normalized = TRUE) {
  if (!is.character(measures))
    stop("measures must be a character vector of measure names", call. = FALSE)
  .Call(C_rsn_centrality, handle(ds), measures, projection, normalized)
}

communities <- function(ds, projection = "count", seed = 1, method = "leiden",
                        resolution = 1) {
  .Call(C_rsn_communities, handle(ds), projection, seed, method, resolution)
}

coalition <- function(ds, name) {
  tables <- .Call(C_rsn_coalition, handle(ds), name)
  # The command's measure/value rows as one row, a column per measure.
  m <- tables$coalition
  tables$coalition <- data.frame(coalition = name, year = ds$year,
                                 as.list(stats::setNames(m$value, m$measure)),
                                 check.names = FALSE)
  tables
}

power <- function(ds, players = NULL, rule = NULL, quota = NULL, weight = NULL,
                  indices = NULL, method = NULL, seed = 1) {
  if (is.character(players) && length(players) > 1L)
    players <- paste(players, collapse = ",")
  if (is.character(indices) && length(indices) > 1L)
    indices <- paste(indices, collapse = ",")
  .Call(C_rsn_power, handle(ds), players, rule, quota, weight, indices, method, seed)
}

as_igraph <- function(ds, projection = "count") {
  if (!requireNamespace("igraph", quietly = TRUE))
    stop("as_igraph() needs the igraph package", call. = FALSE)
  csv <- .Call(C_rsn_projection_csv, handle(ds), projection)
  # Ids stay text ("0114" is a code, not a number); weights and shared counts are numbers.
  nodes <- read.csv(text = csv$nodes, colClasses = "character", check.names = FALSE,
                    encoding = "UTF-8")
  edges <- read.csv(text = csv$edges, check.names = FALSE, encoding = "UTF-8",
                    colClasses = c(source = "character", target = "character"))
  # Vertex attributes as the library types them (actors()); igraph's `name` is the id.
  a <- actors(ds)
  vertices <- a[match(nodes$id, a$id), , drop = FALSE]
  names(vertices)[names(vertices) == "name"] <- "label"
  rownames(vertices) <- NULL
  igraph::graph_from_data_frame(edges, directed = FALSE, vertices = vertices)
}
