/**
 * Deep Value Benchmark (methods §4): the value and shallow-dimension vocabularies, the released prompt items and
 * model result rows as records, the {@link org.moralbase.dvb.DvbImporter} facade, and the trial builder with its
 * confound check. Plain Java; parsing lives in {@code dvb.format}.
 */
package org.moralbase.dvb;
