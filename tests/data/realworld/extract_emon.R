# Writes the EMON search-and-rescue networks (Drabek et al. 1981) shipped in the R
# package `network` (Debian: r-cran-network) as two CSV files. Run from this folder:
#   apt-get install r-base-core r-cran-network && Rscript extract_emon.R
suppressMessages(library(network))
data(emon)
orgs <- NULL
ties <- NULL
for (ev in names(emon)) {
  x <- emon[[ev]]
  names <- network.vertex.names(x)
  orgs <- rbind(orgs, data.frame(
    event = ev, vertex = seq_along(names), name = names,
    sponsorship = x %v% "Sponsorship", location = x %v% "Location",
    paid_staff = x %v% "Paid.Staff", volunteer_staff = x %v% "Volunteer.Staff",
    formalization = x %v% "Formalization",
    command_rank = x %v% "Command.Rank.Score", decision_rank = x %v% "Decision.Rank.Score"))
  el <- as.matrix(x, matrix.type = "edgelist", attrname = "Frequency")
  ties <- rbind(ties, data.frame(event = ev, from = el[, 1], to = el[, 2], frequency = el[, 3]))
}
write.csv(orgs, "emon_orgs.csv", row.names = FALSE, na = "")
write.csv(ties, "emon_ties.csv", row.names = FALSE, na = "")
