# Reference values for org.moralbase.stats.amce (AmceEstimatorTest, AmceAccumulatorTest).
# Simulates Moral Machine-like rows with a fixed seed and computes, for each of the 9 attributes and each
# No. Characters stratum d = 1..4, Awad's weighted regression Saved ~ x with lm(), its plain SE
# (summary(fit)$coefficients) and its respondent-clustered SE (sandwich::vcovCL, type = "HC1").
# Weights and subsets follow shared/docs/methods.md §2 literally; nothing here is ported from the Java.
# Run from the worktree root:  Rscript src/test/r/amce_reference.R
# (R 4.2.2, sandwich 3.0.2). Writes amce_rows.csv and amce_expected.csv under src/test/resources.
suppressPackageStartupMessages(library(sandwich))
set.seed(20261122)
out_dir <- "src/test/resources/org/moralbase/stats/amce"

types <- c("Gender", "Fitness", "Social Status", "Social Value", "Age", "Utilitarian", "Species", "Random")
levels_of <- list(Gender = c("Male", "Female"), Fitness = c("Fat", "Fit"), `Social Status` = c("Low", "High"),
                  `Social Value` = c("Low", "High"), Age = c("Old", "Young"), Utilitarian = c("Less", "More"),
                  Species = c("Pets", "Hoomans"), Random = c("Rand", "Rand"))
pref <- c(Gender = 0.3, Fitness = 0.4, `Social Status` = 0.6, `Social Value` = 0.6, Age = 0.9,
          Utilitarian = 1.2, Species = 1.1, Random = 0)

n_users <- 320
user_ids <- sample(100000:999999, n_users)           # sparse, non-dense respondent ids
rows <- list(); k <- 0; resp <- 0
for (u in seq_len(n_users)) {
  n_scen <- sample(1:13, 1)                            # 2..26 rows per respondent
  bias_int <- rnorm(1, 0, 0.8)                         # respondent-level taste: makes clustering matter
  bias_law <- rnorm(1, 0, 0.6)
  for (s in seq_len(n_scen)) {
    resp <- resp + 1
    type <- sample(types, 1, prob = c(2, 2, 1, 1, 2, 2, 2, 1))
    strict <- type
    r <- runif(1)
    if (r < 0.06) strict <- "Random"                   # ScenarioType and ScenarioTypeStrict disagree
    if (type %in% c("Social Status", "Social Value") && r > 0.9)
      strict <- setdiff(c("Social Status", "Social Value"), type)   # mixed spellings
    pedped <- rbinom(1, 1, 0.48)
    interv <- sample(c(0, 1))                          # one outcome dies if the car swerves
    if (pedped == 0) {
      barrier <- sample(c(0, 1))
      cs <- ifelse(barrier == 1, 0, sample(0:2, 1, prob = c(0.48, 0.20, 0.32)))
    } else {
      barrier <- c(0, 0)
      cs <- if (runif(1) < 0.48) c(0, 0) else sample(c(1, 2))
    }
    lv <- sample(levels_of[[type]])
    for (j in 1:2) if (runif(1) < 0.03) lv[j] <- "Neutral"   # a level no subset uses
    diff <- if (type == "Utilitarian") sample(1:4, 1) else 0
    score <- (lv == levels_of[[type]][2]) * pref[[type]] * ifelse(type == "Utilitarian", diff / 2, 1) +
      (0.15 + bias_int) * (interv == 1) + 0.2 * (barrier == 0) + (0.7 + bias_law) * (cs == 1) - 0.5 * (cs == 2)
    saved1 <- rbinom(1, 1, plogis(score[1] - score[2]))
    for (j in 1:2) {
      k <- k + 1
      rows[[k]] <- data.frame(ResponseID = resp, UserID = user_ids[u], Intervention = interv[j], PedPed = pedped,
                              Barrier = barrier[j], CrossingSignal = cs[j], AttributeLevel = lv[j],
                              ScenarioTypeStrict = strict, ScenarioType = type, DiffNumberOFCharacters = diff,
                              Saved = ifelse(j == 1, saved1, 1 - saved1), stringsAsFactors = FALSE)
    }
  }
}
d <- do.call(rbind, rows)
d <- d[sample(nrow(d)), ]                              # rows of a respondent are not contiguous
write.csv(d, file.path(out_dir, "amce_rows.csv"), row.names = FALSE)

# Design weights, methods §2 table, w = 1/p.
I <- d$Intervention; B <- d$Barrier; P <- d$PedPed; C <- d$CrossingSignal
sig_a <- ifelse(C == 0, 0.48, ifelse(C == 1, 0.20, 0.32))
sig_b <- ifelse(C == 0, 0.48, ifelse(C == 1, 0.32, 0.20))
p <- ifelse(I == 0 & B == 1, 0.20,
     ifelse(I == 1 & B == 1, 0.32,
     ifelse(I == 0 & B == 0 & P == 1, 0.48 * sig_a,
     ifelse(I == 0 & B == 0 & P == 0, 0.32 * sig_a,
     ifelse(I == 1 & B == 0 & P == 1, 0.48 * sig_b,
            0.20 * sig_a)))))
d$w <- 1 / p

fit_one <- function(name, sub, var, base, other) {
  s <- sub[sub[[var]] %in% c(base, other), ]
  s$x <- as.numeric(s[[var]] == other)
  fit <- lm(Saved ~ x, data = s, weights = w)
  co <- summary(fit)$coefficients
  vc <- vcovCL(fit, cluster = ~UserID, type = "HC1")
  data.frame(name = name, estimate = co["x", "Estimate"], se_plain = co["x", "Std. Error"],
             se_cluster = sqrt(vc["x", "x"]), rows = nrow(s), clusters = length(unique(s$UserID)))
}
char_subset <- function(t) d[d$ScenarioType %in% t & d$ScenarioTypeStrict %in% t, ]
res <- rbind(
  fit_one("Intervention", d, "Intervention", 0, 1),
  fit_one("Relation to AV", d[d$CrossingSignal == 0 & d$PedPed == 0, ], "Barrier", 1, 0),
  fit_one("Law", d[d$CrossingSignal != 0 & d$PedPed == 1, ], "CrossingSignal", 2, 1),
  fit_one("Gender", char_subset("Gender"), "AttributeLevel", "Male", "Female"),
  fit_one("Fitness", char_subset("Fitness"), "AttributeLevel", "Fat", "Fit"),
  fit_one("Social Status", char_subset(c("Social Status", "Social Value")), "AttributeLevel", "Low", "High"),
  fit_one("Age", char_subset("Age"), "AttributeLevel", "Old", "Young"),
  fit_one("No. Characters", char_subset("Utilitarian"), "AttributeLevel", "Less", "More"),
  fit_one("Species", char_subset("Species"), "AttributeLevel", "Pets", "Hoomans"))
util <- char_subset("Utilitarian")
strata <- do.call(rbind, lapply(1:4, function(k)
  fit_one(paste0("No. Characters d=", k), util[util$DiffNumberOFCharacters == k, ], "AttributeLevel", "Less", "More")))
best <- strata[which.max(abs(strata$estimate)), ]
best$name <- "No. Characters max-stratum"
res <- rbind(res, strata, best)
fmt <- function(x) sprintf("%.17g", x)
res$estimate <- fmt(res$estimate); res$se_plain <- fmt(res$se_plain); res$se_cluster <- fmt(res$se_cluster)
write.csv(res, file.path(out_dir, "amce_expected.csv"), row.names = FALSE, quote = TRUE)
print(res)
