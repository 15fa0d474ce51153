/**
 * Parsers for DVB files: the released prompt JSON, the per-test examples JSON and model result rows (CSV or JSON
 * Lines). Internal to {@code dvb}: callers use {@link org.moralbase.dvb.DvbImporter}.
 */
package org.moralbase.dvb.format;
