/**
 * Reading files for imports: strict UTF-8 decoding (a UTF-8 BOM is accepted), CSV with physical line numbers,
 * JSON Lines and JSON arrays with element locations, and typed field access that records problems instead of
 * throwing. Used by every dataset format; holds no knowledge of any dataset.
 */
package org.moralbase.dataimport.text;
