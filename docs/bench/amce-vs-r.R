# The AMCEs of a SharedResponses.csv as an R user computes them (issue 13's comparison, docs/benchmarks.md):
# data.table::fread, Awad's design weights (methods §2), lm(Saved ~ x, weights = w) per attribute and per No.
# Characters stratum, sandwich::vcovCL(cluster = ~UserID, type = "HC1"). Prints the estimates as CSV and the
# seconds taken (reading included) on the last line. Written from methods §2, as src/test/r/amce_reference.R.
# Usage: Rscript docs/bench/amce-vs-r.R FILE
suppressPackageStartupMessages({ library(data.table); library(sandwich) })
args <- commandArgs(trailingOnly = TRUE)
t0 <- proc.time()[["elapsed"]]
d <- fread(args[1], select = c("UserID", "Intervention", "PedPed", "Barrier", "CrossingSignal", "AttributeLevel",
                                "ScenarioTypeStrict", "ScenarioType", "DiffNumberOFCharacters", "Saved"))
I <- d$Intervention; B <- d$Barrier; P <- d$PedPed; C <- d$CrossingSignal
sig_a <- fifelse(C == 0, 0.48, fifelse(C == 1, 0.20, 0.32))
sig_b <- fifelse(C == 0, 0.48, fifelse(C == 1, 0.32, 0.20))
p <- fifelse(I == 0 & B == 1, 0.20,
     fifelse(I == 1 & B == 1, 0.32,
     fifelse(I == 0 & B == 0 & P == 1, 0.48 * sig_a,
     fifelse(I == 0 & B == 0 & P == 0, 0.32 * sig_a,
     fifelse(I == 1 & B == 0 & P == 1, 0.48 * sig_b,
             0.20 * sig_a)))))
d[, w := 1 / p]
fit_one <- function(name, sub, var, base, other) {
  s <- sub[sub[[var]] %in% c(base, other)]
  s[, x := as.numeric(get(var) == other)]
  fit <- lm(Saved ~ x, data = s, weights = w)
  vc <- vcovCL(fit, cluster = ~UserID, type = "HC1")
  data.table(attribute = name, estimate = coef(fit)[["x"]], se_cluster = sqrt(vc["x", "x"]), rows = nrow(s))
}
chars <- function(t) d[ScenarioType %in% t & ScenarioTypeStrict %in% t]
util <- chars("Utilitarian")
strata <- rbindlist(lapply(1:4, function(k)
  fit_one(paste0("No. Characters d=", k), util[DiffNumberOFCharacters == k], "AttributeLevel", "Less", "More")))
best <- strata[which.max(abs(strata$estimate))]
best[, attribute := "No. Characters"]
res <- rbindlist(list(
  fit_one("Intervention", d, "Intervention", 0, 1),
  fit_one("Relation to AV", d[CrossingSignal == 0 & PedPed == 0], "Barrier", 1, 0),
  fit_one("Law", d[CrossingSignal != 0 & PedPed == 1], "CrossingSignal", 2, 1),
  fit_one("Gender", chars("Gender"), "AttributeLevel", "Male", "Female"),
  fit_one("Fitness", chars("Fitness"), "AttributeLevel", "Fat", "Fit"),
  fit_one("Social Status", chars(c("Social Status", "Social Value")), "AttributeLevel", "Low", "High"),
  fit_one("Age", chars("Age"), "AttributeLevel", "Old", "Young"),
  best,
  fit_one("Species", chars("Species"), "AttributeLevel", "Pets", "Hoomans")))
fwrite(res)
cat(sprintf("seconds %.2f\n", proc.time()[["elapsed"]] - t0))
