package org.moralbase.moralmachine.format;

import java.io.IOException;
import java.io.InputStream;
import org.moralbase.dataimport.Gzip;
import org.moralbase.dataimport.ImportLimits;
import org.moralbase.dataimport.text.Utf8Input;

/**
 * How a Moral Machine file is read: plain or gzip (unpacking at most {@link ImportLimits#maxInflatedBytes()}),
 * checked as UTF-8 while streaming (a UTF-8 BOM skipped), one record at most {@link #MAX_RECORD_BYTES} long.
 */
final class MmInput {

    /** The longest record read: SharedResponses rows are a few hundred bytes. */
    static final int MAX_RECORD_BYTES = 1 << 20;

    private MmInput() {}

    /** A scanner over the stream, named {@code source} in messages. */
    static CsvScanner scanner(InputStream in, String source) throws IOException {
        long inflated = ImportLimits.withDefaults().maxInflatedBytes();
        CsvScanner s = new CsvScanner(Utf8Input.open(Gzip.decompressIfGzip(in, source, inflated), source), source);
        s.maxRecordBytes(MAX_RECORD_BYTES);
        return s;
    }
}
