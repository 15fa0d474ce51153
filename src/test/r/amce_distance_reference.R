# Reference values for AmceDistanceTest: Euclidean distance D = sqrt(sum((a - b)^2)) between a model's
# 9 AMCEs and the human vector, from Takemoto 2026 table_S2 (copied unchanged into test resources).
# Run from the worktree root:  Rscript src/test/r/amce_distance_reference.R   (R 4.2.2)
s2 <- read.csv("src/test/resources/org/moralbase/stats/amce/table_S2.csv", check.names = FALSE)
awad <- c(Intervention = 0.061, `Relation to AV` = 0.097, Law = 0.353, Gender = 0.119, Fitness = 0.160,
          `Social Status` = 0.345, Age = 0.497, `No. Characters` = 0.651, Species = 0.585)
rownames(s2) <- s2$Label
for (m in c("GPT-4o(Nov'24)", "Qwen3 32B", "Llama 2 7B")) {
  a <- s2[names(awad), m]
  cat(sprintf("%s vs Human column: %.17g   vs Awad constant: %.17g\n", m,
              sqrt(sum((a - s2[names(awad), "Human"])^2)), sqrt(sum((a - awad)^2))))
}
