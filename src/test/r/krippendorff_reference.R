# Independent cross-check of Krippendorff's alpha (R 4.2.2, base R only; irr is not packaged in Debian
# bookworm). It uses the pairwise definition, not a coincidence matrix:
#   D_o = (1/n) sum_u 1/(m_u - 1) sum_{i != j in u} delta2(v_i, v_j)
#   D_e = 1/(n(n-1)) sum_{i != j over all pairable values} delta2(v_i, v_j)
# Data: Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", sections A (two coders, binary)
# and C (four coders, 12 units, missing values). Run: Rscript src/test/r/krippendorff_reference.R
alpha <- function(m, metric) {
  units <- lapply(seq_len(ncol(m)), function(u) m[!is.na(m[, u]), u])
  units <- units[sapply(units, length) >= 2]
  all <- unlist(units); n <- length(all)
  ng <- table(all); vals <- as.numeric(names(ng))
  d2 <- function(a, b) {
    if (metric == "nominal") return(as.numeric(a != b))
    if (metric == "interval") return((a - b)^2)
    if (metric == "ratio") return(if (a == b) 0 else ((a - b) / (a + b))^2)
    lo <- min(a, b); hi <- max(a, b)  # ordinal
    s <- sum(ng[vals >= lo & vals <= hi]); (s - (ng[vals == a] + ng[vals == b]) / 2)^2
  }
  pairsum <- function(v) { s <- 0; for (i in seq_along(v)) for (j in seq_along(v)) if (i != j) s <- s + d2(v[i], v[j]); s }
  do <- sum(sapply(units, function(v) pairsum(v) / (length(v) - 1))) / n
  de <- pairsum(all) / (n * (n - 1))
  unname(1 - do / de)
}
A <- rbind(c(0, 1, 0, 0, 0, 0, 0, 0, 1, 0),
           c(1, 1, 1, 0, 0, 1, 0, 0, 0, 0))
C <- rbind(c(1, 2, 3, 3, 2, 1, 4, 1, 2, NA, NA, NA),
           c(1, 2, 3, 3, 2, 2, 4, 1, 2, 5, NA, 3),
           c(NA, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, NA),
           c(1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, NA))
options(digits = 17)
cat(sprintf("A nominal  %.17g\n", alpha(A, "nominal")))
for (metric in c("nominal", "ordinal", "interval", "ratio")) cat(sprintf("C %-8s %.17g\n", metric, alpha(C, metric)))
