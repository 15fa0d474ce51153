/**
 * Model versus human choices on binary-choice items (methods §6): per-item model share, majority agreement and
 * the cross-entropy of the human distribution under a Laplace-smoothed model distribution.
 */
package org.moralbase.stats.choice;
