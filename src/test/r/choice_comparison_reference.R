# Reference values for ChoiceComparisonTest (R 4.2.2, base R only). Run: Rscript src/test/r/choice_comparison_reference.R
# The definitions ChoiceComparison documents (methods §6), per item with human counts a (option A), b and model
# counts k (A), m (B):
#   human share p = a / (a + b); model share k / (k + m) (both NA without answers);
#   smoothing: the model share in the cross-entropy is Laplace-smoothed, q = (k + 1) / (k + m + 2) — the same
#   smoothing as the Java code, nothing else is clipped; the human share is not smoothed;
#   H(p, q) = -[p ln q + (1 - p) ln(1 - q)] nats, with 0 ln q = 0 (R gives that: q is never 0 or 1);
#   agreement: sign(a - b) == sign(k - m), NA when either side is tied or empty;
#   summary over items with both shares defined: count, count with both majorities, mean(agree, na.rm = TRUE),
#   mean(H). H is also computed a second way — the mean negative log-likelihood of the human answers under a
#   Bernoulli(q) model, with dbinom — and the two must agree.
options(digits = 17)
items <- data.frame(
  a = c(37, 5, 20, 0, 12, 3, 7, 0, 1, 1000),
  b = c(13, 45, 0, 8, 12, 9, 2, 0, 0, 1),
  k = c(7, 9, 0, 0, 6, 5, 0, 3, 1, 50),
  m = c(3, 1, 10, 10, 4, 5, 0, 1, 0, 0))
with(items, {
  p <- ifelse(a + b > 0, a / (a + b), NA)
  share <- ifelse(k + m > 0, k / (k + m), NA)
  q <- (k + 1) / (k + m + 2)
  H <- ifelse(is.na(p) | is.na(share), NA, -(p * log(q) + (1 - p) * log(1 - q)))
  nll <- mapply(function(a, b, q) -(a * dbinom(1, 1, q, log = TRUE) + b * dbinom(0, 1, q, log = TRUE)) / (a + b),
                a, b, q)
  stopifnot(isTRUE(all.equal(H[!is.na(H)], nll[!is.na(H)], tolerance = 1e-14)))
  agree <- ifelse(is.na(H) | a == b | k == m, NA, sign(a - b) == sign(k - m))
  for (i in seq_along(a)) {
    cat(sprintf("{%d, %d, %d, %d, %.17g, %.17g, %.17g, %.17g, %s},\n", a[i], b[i], k[i], m[i],
                p[i], share[i], q[i], H[i], ifelse(is.na(agree[i]), "NaN", as.numeric(agree[i]))))
  }
  used <- !is.na(H)
  cat(sprintf("items=%d majorityItems=%d agreementRate=%.17g meanCrossEntropy=%.17g\n",
              sum(used), sum(!is.na(agree)), mean(agree, na.rm = TRUE), mean(H[used])))
})
