/**
 * {@code moralbase analyze dvgr}: the Deep Value Generalisation Rate (DVB, methods §4) of model-result rows
 * (JSON Lines or CSV), overall and per group, with Wilson intervals and binomial tests against 0.5.
 */
package org.moralbase.cli.dvgr;
