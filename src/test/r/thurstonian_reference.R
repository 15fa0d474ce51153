# Reference values for ThurstonianFitTest: the Thurstonian utilities of Mazeika et al. 2025 fitted by R's own optimiser.
# Simulates 120 outcomes (true mu ~ N(0, 0.6), sigma^2 ~ exp(N(0, 0.3))), a random cycle through every outcome plus
# random pairs up to round(2 N log2 N) = 1657 pairs, 20 votes per pair drawn from the true P; then minimises the mean
# binary cross-entropy of each pair's vote share against P(a > b) = pnorm((mu_a - mu_b) / sqrt(exp(s_a) + exp(s_b) + 1e-5 var(mu)))
# with optim(method = "BFGS", analytic gradient, reltol = 1e-15, maxit = 1e5) from mu evenly spread on [-1, 1] and s = 0, and normalises mu to
# mean 0 and sample SD 1, scaling sigma^2 by the same factor squared. Nothing here is ported from the Java.
# Run from the worktree root:  Rscript src/test/r/thurstonian_reference.R   (R 4.2.2, Debian r-base-core)
# Writes thurstonian_pairs.csv (a, b, votes_a, votes) and thurstonian_expected.csv (outcome, mean, variance).
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

floor_of <- function(mu) 1e-5 * var(mu)  # their 1e-5 added to the variance, in the scale where sd(mu) = 1
loss <- function(x) {
  mu <- x[1:n]; s <- x[(n + 1):(2 * n)]
  z <- (mu[a + 1] - mu[b + 1]) / sqrt(exp(s[a + 1]) + exp(s[b + 1]) + floor_of(mu))
  -mean(p * pnorm(z, log.p = TRUE) + (1 - p) * pnorm(-z, log.p = TRUE))
}
grad <- function(x) {
  mu <- x[1:n]; s <- x[(n + 1):(2 * n)]
  va <- exp(s[a + 1]); vb <- exp(s[b + 1]); v <- va + vb + floor_of(mu)
  z <- (mu[a + 1] - mu[b + 1]) / sqrt(v)
  q <- pnorm(z)
  dz <- -dnorm(z) * (p - q) / (q * (1 - q)) / length(a)
  dzdv <- dz * (-z / (2 * v))
  g_mu <- tabulate(a + 1, n) * 0
  g_mu <- g_mu + as.numeric(tapply(c(dz / sqrt(v), -dz / sqrt(v)), factor(c(a, b) + 1, levels = 1:n), sum, default = 0))
  g_mu <- g_mu + sum(dzdv) * 1e-5 * 2 * (mu - mean(mu)) / (n - 1)
  g_s <- as.numeric(tapply(c(dzdv * va, dzdv * vb), factor(c(a, b) + 1, levels = 1:n), sum, default = 0))
  c(g_mu, g_s)
}
fit <- optim(c(seq(-1, 1, length.out = n), rep(0, n)), loss, grad, method = "BFGS",
             control = list(reltol = 1e-16, maxit = 2e5))
mu <- fit$par[1:n]
sdm <- sd(mu)
mean_n <- (mu - mean(mu)) / sdm
var_n <- exp(fit$par[(n + 1):(2 * n)]) / sdm^2
cat(sprintf("convergence %d, loss %.17g, counts %s\n", fit$convergence, fit$value, paste(fit$counts, collapse = "/")))
write.csv(data.frame(a = a, b = b, votes_a = votes_a, votes = votes), file.path(out_dir, "thurstonian_pairs.csv"),
          row.names = FALSE)
write.csv(data.frame(outcome = 0:(n - 1), mean = sprintf("%.17g", mean_n), variance = sprintf("%.17g", var_n),
                     loss = sprintf("%.17g", fit$value)),
          file.path(out_dir, "thurstonian_expected.csv"), row.names = FALSE, quote = FALSE)
