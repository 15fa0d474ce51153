package org.moralbase.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A streamed CSV file with a header line (plain or gzip; RFC 4180 quoting; extra columns allowed, column
 * order free). Each record knows the line it starts on, so every error can name file, line and column.
 * Records are read one at a time: memory does not grow with the number of rows.
 */
public final class CsvInput implements AutoCloseable {

    private final Path file;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<String> header;

    private CsvInput(Path file) {
        this.file = file;
        try {
            this.parser = CSVFormat.RFC4180
                    .builder()
                    .setIgnoreSurroundingSpaces(true)
                    .get()
                    .parse(Inputs.reader(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.records = parser.iterator();
        if (!hasNext(1)) {
            throw new InputException(file, 1, null, "expected a header line, found an empty file");
        }
        this.header = List.copyOf(records.next().toList());
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).strip(), i);
        }
    }

    /** Opens the file and reads its header line. */
    public static CsvInput open(Path file) {
        return new CsvInput(file);
    }

    /** The file being read. */
    public Path file() {
        return file;
    }

    /** The header's column names, as written. */
    public List<String> header() {
        return header;
    }

    /** True when the header names the column. */
    public boolean has(String column) {
        return columns.containsKey(column);
    }

    /**
     * The index of a required column.
     *
     * @throws InputException naming the file, line 1 and the missing column
     */
    public int require(String column) {
        Integer index = columns.get(column);
        if (index == null) {
            throw new InputException(
                    file, 1, column, "expected a column named '" + column + "' in the header " + header);
        }
        return index;
    }

    /** The next record, or null at the end of the file; checks it has as many fields as the header. */
    public Row next() {
        long line = parser.getCurrentLineNumber() + 1;
        if (!hasNext(line)) {
            return null;
        }
        CSVRecord record = records.next();
        if (record.size() != header.size()) {
            throw new InputException(
                    file, line, null, "expected " + header.size() + " fields as in the header, found " + record.size());
        }
        return new Row(record, line);
    }

    private boolean hasNext(long line) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            // commons-csv reports broken quoting as "(startline N) EOF reached before encapsulated token finished"
            String cause = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
            throw new InputException(file, line, null, "expected well-formed CSV: " + cause);
        }
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One record with the line it starts on. */
    public final class Row {
        private final CSVRecord record;
        private final long line;

        private Row(CSVRecord record, long line) {
            this.record = record;
            this.line = line;
        }

        /** The line this record starts on (1 = header). */
        public long line() {
            return line;
        }

        /** The stripped value of the column at this index. */
        public String get(int index) {
            return record.get(index).strip();
        }

        /** An error at this record and the named column. */
        public InputException error(int index, String expected) {
            return new InputException(
                    file, line, header.get(index), "expected " + expected + ", found '" + get(index) + "'");
        }

        /** The value parsed as a finite double, or an error naming what was expected. */
        public double number(int index, String expected) {
            try {
                double v = Double.parseDouble(get(index));
                if (Double.isFinite(v)) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // fall through to the error below
            }
            throw error(index, expected);
        }

        /** All values, for messages. */
        public List<String> values() {
            return new ArrayList<>(record.toList());
        }
    }
}
