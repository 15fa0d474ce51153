/**
 * Model versus human choices on binary-choice items (methods §6): per-item model share, majority agreement with
 * ties counted apart, the KL divergence of the human distribution from a Jeffreys-smoothed model distribution, and
 * the option-order balance of a model run.
 */
package org.moralbase.stats.choice;
