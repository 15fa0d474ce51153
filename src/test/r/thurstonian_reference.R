# Fixture data for ThurstonianFitTest: simulates 120 outcomes (true mu ~ N(0, 0.6), sigma^2 ~ exp(N(0, 0.3))), a random
# cycle through every outcome plus random pairs up to round(2 N log2 N) = 1658 pairs, and 20 votes per pair drawn from
# the true P. The reference fit of these votes is SciPy's (src/test/resources/reference/thurstonian_reference.py): an
# R optim(method = "BFGS") fit of the same loss did not converge within 100,000 iterations here.
# Run from the worktree root:  Rscript src/test/r/thurstonian_reference.R   (R 4.2.2, Debian r-base-core)
# Writes thurstonian_pairs.csv (a, b, votes_a, votes).
set.seed(20261204)
out_dir <- "src/test/resources/org/moralbase/stats/utility"
n <- 120
mu_true <- rnorm(n, 0, 0.6)
s2_true <- exp(rnorm(n, 0, 0.3))
perm <- sample(n) - 1
key <- function(a, b) paste(min(a, b), max(a, b))
pairs <- list()
for (i in seq_len(n)) pairs[[key(perm[i], perm[i %% n + 1])]] <- c(min(perm[i], perm[i %% n + 1]), max(perm[i], perm[i %% n + 1]))
target <- round(2 * n * log2(n))
while (length(pairs) < target) {
  ab <- sample(n, 2) - 1
  pairs[[key(ab[1], ab[2])]] <- sort(ab)
}
a <- sapply(pairs, `[`, 1)
b <- sapply(pairs, `[`, 2)
p_true <- pnorm((mu_true[a + 1] - mu_true[b + 1]) / sqrt(s2_true[a + 1] + s2_true[b + 1]))
votes <- rep(20, length(a))
votes_a <- rbinom(length(a), votes, p_true)
p <- votes_a / votes

write.csv(data.frame(a = a, b = b, votes_a = votes_a, votes = votes), file.path(out_dir, "thurstonian_pairs.csv"),
          row.names = FALSE)
