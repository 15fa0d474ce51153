/**
 * {@code moralbase analyze agreement}: inter-rater agreement (methods §5) of long-format ratings —
 * Krippendorff's alpha, Fleiss' and Cohen's kappa where they apply, and optional per-item summaries.
 */
package org.moralbase.cli.agreement;
