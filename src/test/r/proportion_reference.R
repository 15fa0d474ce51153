# Reference values for org.moralbase.stats.proportion tests (R 4.2.2, stats package only).
# Run: Rscript src/test/r/proportion_reference.R
options(digits = 17)
cases <- list(c(31668, 104725, 0.5), c(0, 13, 0.5), c(13, 13, 0.5), c(0, 1, 0.5), c(1, 1, 0.5),
              c(4, 13, 0.5), c(9, 13, 0.3), c(49700, 100000, 0.5), c(3, 20, 0.25), c(520, 1000, 0.5))
# log of binom.test's p-value, evaluated in log space (same definition, relErr = 1 + 1e-7)
log_binom_p <- function(x, n, p) {
  ld <- dbinom(x, n, p, log = TRUE); m <- n * p; lre <- log(1 + 1e-07)
  ladd <- function(a, b) { mx <- max(a, b); if (mx == -Inf) -Inf else mx + log1p(exp(min(a, b) - mx)) }
  if (x == m) return(0)
  if (x < m) {
    i <- seq.int(from = ceiling(m), to = n); y <- sum(dbinom(i, n, p, log = TRUE) <= ld + lre)
    min(0, ladd(pbinom(x, n, p, log.p = TRUE), pbinom(n - y, n, p, lower.tail = FALSE, log.p = TRUE)))
  } else {
    i <- seq.int(from = 0, to = floor(m)); y <- sum(dbinom(i, n, p, log = TRUE) <= ld + lre)
    min(0, ladd(pbinom(y - 1, n, p, log.p = TRUE), pbinom(x - 1, n, p, lower.tail = FALSE, log.p = TRUE)))
  }
}
for (cc in cases) {
  k <- cc[1]; n <- cc[2]; p0 <- cc[3]
  ci95 <- prop.test(k, n, correct = FALSE)$conf.int
  ci90 <- prop.test(k, n, correct = FALSE, conf.level = 0.90)$conf.int
  pv <- binom.test(k, n, p0)$p.value
  cat(sprintf("k=%d n=%d p0=%s ci95=[%.17g, %.17g] ci90=[%.17g, %.17g] p=%.17g logp=%.17g\n",
              k, n, p0, ci95[1], ci95[2], ci90[1], ci90[2], pv, log_binom_p(k, n, p0)))
}
