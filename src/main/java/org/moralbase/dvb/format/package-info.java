/**
 * Parsers for DVB files: the released prompt JSON, the per-test examples JSON and model result rows (CSV or JSON
 * Lines). Internal to {@code dvb}: callers use {@link org.moralbase.dvb.DvbImporter}; the prompt format is also a
 * bean of the registry of dataset formats ({@link org.moralbase.dataimport.format.DatasetFormat}), through which other
 * features import prompts as two-option items.
 */
package org.moralbase.dvb.format;
