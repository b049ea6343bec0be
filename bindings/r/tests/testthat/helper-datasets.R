# A small dataset written to a temporary folder: companies (which carry no population)
# in overlapping projects, so that the actor projection has ties of weight 1 and 2, a
# bridge and a pendant actor.  Without territories.csv the bundled tree is used.
write_dataset <- function(memberships, actors = NULL) {
  dir <- tempfile("samnet-")
  dir.create(dir)
  if (is.null(actors))
    actors <- data.frame(id = c("a", "b", "c", "d", "e", "f"),
                         name = c("Alfa AB", "Beta AB", "Gamma AB", "Delta AB", "Epsilon AB",
                                  "Zeta AB"),
                         type = "company")
  utils::write.csv(actors, file.path(dir, "actors.csv"), row.names = FALSE)
  writeLines(memberships, file.path(dir, "memberships.csv"))
  dir
}

small_memberships <- c("project,actor",
                       "p1,a", "p1,b", "p1,c",
                       "p2,a", "p2,b",
                       "p3,c", "p3,d",
                       "p4,d", "p4,e",
                       "p5,e", "p5,f")
