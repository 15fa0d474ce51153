/**
 * The registry of dataset formats: {@link org.moralbase.dataimport.format.DatasetFormat}, implemented by the feature
 * each dataset belongs to, read into {@link org.moralbase.dataimport.format.DatasetItem}s with their source records;
 * {@link org.moralbase.dataimport.format.DatasetFormats} offers, detects and reads them for an import, and records
 * are written back with labels. Holds no knowledge of any dataset (docs/decisions/0014-dataset-formats.md).
 */
package org.moralbase.dataimport.format;
