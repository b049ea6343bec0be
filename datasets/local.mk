## datasets: the bundled Swedish dataset, installed under $(pkgdatadir)/sweden
