# Reference numbers for ScaleReliabilityTest and CliScaleReliabilityTest (R 4.2.2, psych 2.2.9,
# GPArotation; Debian: apt-get install -y r-cran-psych r-cran-gparotation).
# Builds a seeded questionnaire: 240 respondents answer 14 items on a 1-7 scale in four subscales
# (care: 4 items, one of them reverse-keyed; fairness: 5; loyalty: 3; purity: 2), ~6% of answers missing.
# Writes the long answers, the item file and, per subscale, after reverse scoring (8 - value):
#   alpha       = psych::alpha(x)$total$raw_alpha        (pairwise covariances, use = "pairwise")
#   omega_total = psych::omega(x, nfactors = 1)$omega.tot (pairwise correlations, one-factor minres)
#   omega_total_polished = the same omega with the minres criterion sum_{i<j} (r_ij - l_i l_j)^2 minimised to
#     convergence by optim(BFGS, reltol = 1e-15) from psych's loadings: psych's own L-BFGS-B search stops at
#     R's default factr = 1e7 (about 2e-8 relative in the criterion), which leaves a few 1e-6 in omega.
# omega is left NA for the two-item subscale (see below).
# Run from the repository root: Rscript src/test/r/scale_reliability_reference.R
suppressPackageStartupMessages(library(psych))
set.seed(20261204)
n <- 240
out <- "src/test/resources/reference"
subscales <- list(care = c(0.8, 0.7, 0.6, 0.75), fairness = c(0.7, 0.5, 0.6, 0.4, 0.65),
                  loyalty = c(0.5, 0.45, 0.3), purity = c(0.6, 0.55))
reverse <- c("care_3")
answers <- list(); items <- NULL
for (s in names(subscales)) {
  f <- rnorm(n)
  for (i in seq_along(subscales[[s]])) {
    id <- paste0(s, "_", i)
    latent <- 4 + 1.4 * (subscales[[s]][i] * f + sqrt(1 - subscales[[s]][i]^2) * rnorm(n))
    v <- pmin(7, pmax(1, round(latent)))
    if (id %in% reverse) v <- 8 - v          # answered on the reversed wording
    v[runif(n) < 0.06] <- NA
    answers[[id]] <- v
    items <- rbind(items, data.frame(item = id, subscale = s, reverse = id %in% reverse))
  }
}
wide <- as.data.frame(answers)
long <- do.call(rbind, lapply(names(wide), function(id)
  data.frame(respondent = sprintf("r%03d", seq_len(n)), item = id, value = wide[[id]])))
long <- long[!is.na(long$value) | seq_len(nrow(long)) %% 2 == 0, ]  # a missing answer: absent row or empty value
write.csv(long, file.path(out, "scale_reliability_answers.csv"), row.names = FALSE, na = "", quote = FALSE)
write.csv(items, file.path(out, "scale_reliability_items.csv"), row.names = FALSE, quote = FALSE)

scored <- wide
for (id in reverse) scored[[id]] <- 8 - scored[[id]]
reliability <- function(s, x) {
  a <- psych::alpha(x)$total$raw_alpha
  om <- NA; polished <- NA
  if (ncol(x) >= 3) {
    om <- suppressWarnings(suppressMessages(psych::omega(x, nfactors = 1, plot = FALSE)))$omega.tot
    r <- cor(x, use = "pairwise")
    crit <- function(l) { e <- r - tcrossprod(l); sum(e[lower.tri(e)]^2) }
    grad <- function(l) { e <- r - tcrossprod(l); diag(e) <- 0; as.vector(-2 * e %*% l) }
    start <- suppressWarnings(suppressMessages(psych::fa(x, nfactors = 1, fm = "minres")))$loadings[, 1]
    l <- optim(start, crit, grad, method = "BFGS", control = list(reltol = 1e-15, maxit = 10000))$par
    key <- ifelse(l < 0, -1, 1)  # psych's flip = TRUE: items loading negatively are reversed in R
    polished <- 1 - sum(1 - l^2) / sum(diag(key) %*% r %*% diag(key))
  }
  data.frame(subscale = s, items = ncol(x), complete = sum(complete.cases(x)),
             alpha = sprintf("%.15g", a), omega_total = sprintf("%.15g", om),
             omega_total_polished = sprintf("%.15g", polished))
}
expected <- do.call(rbind, lapply(names(subscales), function(s) reliability(s, scored[, items$item[items$subscale == s]])))
write.csv(expected, file.path(out, "scale_reliability_expected.csv"), row.names = FALSE, quote = FALSE)
print(expected)
# care with care_3 left unscored: it loads negatively; psych::omega flips it (flip = TRUE), psych::alpha does not
unscored <- reliability("care_unscored", wide[, items$item[items$subscale == "care"]])
write.csv(unscored, file.path(out, "scale_reliability_unscored_expected.csv"), row.names = FALSE, quote = FALSE)
print(unscored)
# What psych says on the edge cases (recorded in docs/methods.md):
x2 <- scored[, c("purity_1", "purity_2")]
print(tryCatch(psych::omega(x2, nfactors = 1, plot = FALSE)$omega.tot, error = function(e) conditionMessage(e),
               warning = function(w) conditionMessage(w)))
print(tryCatch(psych::omega(scored[, 1:4], nfactors = 1, plot = FALSE)$omega.tot, warning = function(w) conditionMessage(w)))
x0 <- scored[, 5:9]; x0[, 2] <- 4
print(tryCatch(psych::alpha(x0)$total$raw_alpha, warning = function(w) conditionMessage(w)))
