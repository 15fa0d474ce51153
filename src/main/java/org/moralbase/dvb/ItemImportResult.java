package org.moralbase.dvb;

/** What an import stored: the number of records, and the study's totals after it. */
public record ItemImportResult(int stored, long itemsInStudy) {}
