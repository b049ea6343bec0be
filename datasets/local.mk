## datasets: the bundled Swedish dataset, installed under $(pkgdatadir)/sweden
dist_sweden_data_DATA += datasets/sweden/territories.csv datasets/sweden/actors.csv \
	datasets/sweden/projects.csv datasets/sweden/memberships.csv datasets/sweden/coalitions.csv
EXTRA_DIST += datasets/README.md
