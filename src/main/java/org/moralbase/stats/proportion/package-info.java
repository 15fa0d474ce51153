/**
 * Binomial proportions: the Wilson score interval, the exact two-sided binomial test (R's {@code binom.test}
 * definition) and the Deep Value Benchmark's generalisation rate (DVGR, methods §4), alone or per group.
 */
package org.moralbase.stats.proportion;
