/**
 * {@code moralbase analyze amce} and {@code analyze distance}: Awad 2018 AMCEs streamed from a
 * {@code SharedResponses.csv} into a mergeable {@code AmceAccumulator} (methods §2), and the Takemoto 2026
 * distance of an AMCE vector to a reference (methods §3).
 */
package org.moralbase.cli.amce;
