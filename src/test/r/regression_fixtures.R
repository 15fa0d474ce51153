# Reference values for org.moralbase.stats.regression and org.moralbase.stats.scaling tests.
# Run from the worktree root:  Rscript src/test/r/regression_fixtures.R
# R 4.2.2, lme4 1.1-31, lmerTest 3.1-3, numDeriv 2016.8-1.1; writes CSV fixtures under src/test/resources/.
suppressMessages(library(lmerTest))  # lmerTest::lmer = lme4::lmer plus Satterthwaite df in summary()
out <- "src/test/resources/stats/regression"
kv <- function(file, values) {
  write.csv(data.frame(key = names(values), value = sprintf("%.17g", unlist(values))),
            file.path(out, file), row.names = FALSE, quote = FALSE)
}
coefs <- function(prefix, m) {
  s <- summary(m)$coefficients; v <- list()
  for (i in seq_len(nrow(s))) {
    v[[paste0(prefix, rownames(s)[i], ".est")]] <- s[i, 1]
    v[[paste0(prefix, rownames(s)[i], ".se")]] <- s[i, 2]
    v[[paste0(prefix, rownames(s)[i], ".t")]] <- s[i, 3]
    if (ncol(s) >= 4) v[[paste0(prefix, rownames(s)[i], ".p")]] <- s[i, 4]
  }
  v
}
lmStats <- function(prefix, m) {
  c(coefs(prefix, m), setNames(list(summary(m)$r.squared, summary(m)$adj.r.squared, summary(m)$sigma,
      as.numeric(logLik(m)), AIC(m)), paste0(prefix, c("r2", "adjr2", "sigma", "loglik", "aic"))))
}
lmerStats <- function(prefix, m) {
  # summary() of an lmerTest::lmer fit: Estimate, Std. Error, df (Satterthwaite), t value, Pr(>|t|)
  s <- summary(m, ddf = "Satterthwaite")$coefficients; v <- list()
  for (i in seq_len(nrow(s))) {
    v[[paste0(prefix, rownames(s)[i], ".est")]] <- s[i, "Estimate"]
    v[[paste0(prefix, rownames(s)[i], ".se")]] <- s[i, "Std. Error"]
    v[[paste0(prefix, rownames(s)[i], ".df")]] <- s[i, "df"]
    v[[paste0(prefix, rownames(s)[i], ".t")]] <- s[i, "t value"]
    v[[paste0(prefix, rownames(s)[i], ".p")]] <- s[i, "Pr(>|t|)"]
  }
  vc <- as.data.frame(VarCorr(m))
  v[[paste0(prefix, "sd.intercept")]] <- vc$sdcor[1]
  v[[paste0(prefix, "sd.slope")]] <- vc$sdcor[2]
  v[[paste0(prefix, "corr")]] <- vc$sdcor[3]
  v[[paste0(prefix, "sd.residual")]] <- vc$sdcor[4]
  v[[paste0(prefix, "reml")]] <- REMLcrit(m)
  th <- getME(m, "theta")
  for (i in 1:3) v[[paste0(prefix, "theta", i)]] <- th[i]
  v[[paste0(prefix, "singular")]] <- as.numeric(isSingular(m, tol = 1e-4))
  v
}

# 1. OLS on a synthetic data set with 3 predictors.
set.seed(20260101)
n <- 40
ols <- data.frame(x1 = rnorm(n), x2 = runif(n, 0, 10), x3 = rbinom(n, 1, 0.4))
ols$y <- 2 + 0.7 * ols$x1 - 0.3 * ols$x2 + 1.1 * ols$x3 + rnorm(n, sd = 0.9)
write.csv(ols, file.path(out, "ols_synthetic.csv"), row.names = FALSE)
kv("ols_synthetic_expected.csv", lmStats("", lm(y ~ x1 + x2 + x3, data = ols)))

# 2. Mixed model on a simulated, non-singular data set; group "g8" has a single observation.
set.seed(42)
sizes <- c(12, 9, 15, 7, 11, 10, 14, 1)
g <- rep(paste0("g", seq_along(sizes)), sizes)
N <- length(g)
b <- MASS::mvrnorm(length(sizes), c(0, 0), matrix(c(0.8^2, 0.5 * 0.8 * 0.4, 0.5 * 0.8 * 0.4, 0.4^2), 2))
gi <- match(g, unique(g))
sim <- data.frame(g = g, x = rnorm(N, 0, 1.5), z = rnorm(N))
sim$y <- 1 + b[gi, 1] + (0.5 + b[gi, 2]) * sim$x + 0.3 * sim$z + rnorm(N, sd = 0.5)
write.csv(sim, file.path(out, "lmm_simulated.csv"), row.names = FALSE)
msim <- lmer(y ~ x + z + (1 + x | g), data = sim, REML = TRUE)
kv("lmm_simulated_expected.csv", lmerStats("", msim))

# 3. Takemoto 2026 table S1 (families: case-insensitive substring, order DeepSeek, Llama, Gemma, Qwen).
d <- read.csv("src/main/resources/takemoto2026/table_S1.csv")  # = shared/data/takemoto2026/table_S1.csv
fam <- function(m) {
  for (f in c("DeepSeek", "Llama", "Gemma", "Qwen")) if (grepl(tolower(f), tolower(m), fixed = TRUE)) return(f)
  "Other"
}
d$Family <- sapply(d$Model, fam)
d$Reasoning01 <- ifelse(d$Reasoning == "yes", 1, 0)
d$Years <- as.numeric(as.Date(d$ReleaseDate, "%Y/%m/%d") - as.Date("2020-01-01")) / 365.25
d$lS <- log10(d$Size); d$lD <- log10(d$Distance)
jac <- 2 * sum(log(d$Distance * log(10)))  # AIC of a log10(D) model re-expressed on the D scale
pl <- lm(lD ~ lS, data = d); lin <- lm(Distance ~ Size, data = d)
lg <- lm(Distance ~ lS, data = d); ex <- lm(lD ~ Size, data = d)
sp <- cor.test(d$Size, d$Distance, method = "spearman", exact = FALSE)
mm <- lmer(lD ~ lS * Reasoning01 + Years + (1 + lS | Family), data = d, REML = TRUE)
# lme4's default nloptwrap stops early on this flat, singular surface; tight tolerances give the true optimum
tight <- lmerControl(optimizer = "nloptwrap",
  optCtrl = list(xtol_abs = 1e-12, ftol_abs = 1e-14, xtol_rel = 1e-12, maxeval = 1e5))
mmt <- lmer(lD ~ lS * Reasoning01 + Years + (1 + lS | Family), data = d, REML = TRUE, control = tight)
kv("takemoto_expected.csv", c(
  lmStats("powerlaw.", pl), list(powerlaw.aicD = AIC(pl) + jac),
  lmStats("linear.", lin), lmStats("logarithmic.", lg),
  lmStats("exponential.", ex), list(exponential.aicD = AIC(ex) + jac),
  list(spearman.rho = unname(sp$estimate), spearman.p = sp$p.value, spearman.S = unname(sp$statistic)),
  lmerStats("lmm.", mm), lmerStats("lmmtight.", mmt),
  list(lmm.years.first = d$Years[1], family.QwQ = match(fam("QwQ 32B"), c("DeepSeek","Llama","Gemma","Qwen","Other")))))
