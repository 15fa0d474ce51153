# Reference values for Fleiss' and Cohen's kappa tests (R 4.2.2). irr (kappam.fleiss) is not packaged in
# Debian bookworm, so Fleiss' kappa is hand-computed here from Fleiss (1971) eqs.; Cohen's kappa and its
# standard error come from psych 2.2.9 (Debian r-cran-psych), cohen.kappa(), whose var.kappa is the
# large-sample variance of Fleiss, Cohen & Everitt (1969). Run: Rscript src/test/r/kappa_reference.R
suppressPackageStartupMessages(library(psych))
options(digits = 17)
# Wikipedia "Fleiss' kappa" worked example: 10 subjects, 14 raters, 5 categories
w <- matrix(c(0,0,0,0,14, 0,2,6,4,2, 0,0,3,5,6, 0,3,9,2,0, 2,2,8,1,1,
              7,7,0,0,0, 3,2,6,3,0, 2,5,3,2,2, 6,5,2,1,0, 0,2,2,3,7), ncol = 5, byrow = TRUE)
fleiss <- function(x) {
  N <- nrow(x); n <- sum(x[1, ]); p <- colSums(x) / (N * n)
  Pi <- (rowSums(x^2) - n) / (n * (n - 1)); Pbar <- mean(Pi); Pe <- sum(p^2)
  kj <- 1 - colSums(x * (n - x)) / (N * n * (n - 1) * p * (1 - p))
  list(kappa = (Pbar - Pe) / (1 - Pe), Pbar = Pbar, Pe = Pe, kj = kj)
}
f <- fleiss(w)
cat(sprintf("fleiss kappa=%.17g Pbar=%.17g Pe=%.17g\n", f$kappa, f$Pbar, f$Pe))
cat("category kappas:", sprintf("%.17g", f$kj), "\n")
# Cohen: 3x3 table, rows rater 1, columns rater 2
t3 <- matrix(c(22, 5, 1,  2, 7, 2,  2, 3, 14), nrow = 3)  # column-major: t3[1,] = 22 2 2
print(t3)
ck <- cohen.kappa(t3)
cat(sprintf("cohen kappa=%.17g se=%.17g n=%d\n", ck$kappa, sqrt(ck$var.kappa), sum(t3)))
t2 <- matrix(c(20, 10, 5, 15), nrow = 2)  # t2[1,] = 20 5
ck2 <- cohen.kappa(t2)
cat(sprintf("cohen2 kappa=%.17g se=%.17g\n", ck2$kappa, sqrt(ck2$var.kappa)))
