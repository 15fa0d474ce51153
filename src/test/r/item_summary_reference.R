# Entropy (bits) of label shares for ItemSummariesTest (R 4.2.2). Run: Rscript src/test/r/item_summary_reference.R
H <- function(counts) { p <- counts / sum(counts); p <- p[p > 0]; -sum(p * log2(p)) }
options(digits = 17)
cat(sprintf("%.17g\n", c(H(c(3, 1)), H(c(2, 2, 1)), H(c(4)), H(c(1, 1, 1)))))
