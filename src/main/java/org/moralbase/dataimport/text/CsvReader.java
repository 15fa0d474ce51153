package org.moralbase.dataimport.text;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.moralbase.dataimport.ImportLimits;
import org.moralbase.dataimport.ImportProblem;
import org.moralbase.dataimport.ProblemLog;

/**
 * Reads an RFC 4180 CSV with a header row into rows that know their physical start line. Blank header names
 * (a pandas index column) are ignored; duplicate names and rows with the wrong field count are problems.
 */
public final class CsvReader {

    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private CsvReader() {}

    /** Parses the text; structural problems go to the log, fatal ones throw. */
    public static CsvTable read(String file, String text, ImportLimits limits, ProblemLog log) {
        LineIndex lines = new LineIndex(text);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!hasNext(records, file, text, parser, log)) {
                throw log.fatal(ImportProblem.inFile(file, null, "file is empty; expected a header row"));
            }
            List<String> names = headerNames(file, records.next(), log);
            List<CsvRow> rows = new ArrayList<>();
            while (hasNext(records, file, text, parser, log)) {
                CSVRecord record = records.next();
                if (rows.size() + 1 > limits.maxRows()) {
                    throw log.fatal(ImportProblem.inFile(
                            file, null, "file has more than " + limits.maxRows() + " rows, the import limit"));
                }
                int line = startLine(text, lines, record.getCharacterPosition());
                if (record.size() != names.size()) {
                    log.add(ImportProblem.atLine(
                            file,
                            line,
                            null,
                            "expected " + names.size() + " fields as in the header, found " + record.size()));
                    continue;
                }
                LinkedHashMap<String, String> values = new LinkedHashMap<>();
                boolean fits = true;
                for (int i = 0; i < names.size(); i++) {
                    if (record.get(i).length() > limits.maxFieldChars()) {
                        log.add(ImportProblem.atLine(
                                file,
                                line,
                                names.get(i),
                                FieldLength.tooLong(record.get(i).length(), limits)));
                        fits = false;
                    } else if (!names.get(i).isEmpty()) {
                        values.put(names.get(i), record.get(i));
                    }
                }
                if (fits) {
                    rows.add(new CsvRow(file, line, values));
                }
            }
            List<String> header = names.stream().filter(n -> !n.isEmpty()).toList();
            return new CsvTable(file, header, rows);
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a string cannot fail", e);
        }
    }

    /**
     * The header's column names (stripped, blank names left out), or an empty list when the first record cannot be
     * read: enough to tell which format a file is in without reading it all.
     */
    public static List<String> header(String text) {
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                return List.of();
            }
            List<String> names = new ArrayList<>();
            records.next().forEach(name -> {
                if (!name.isBlank()) {
                    names.add(name.strip());
                }
            });
            return names;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return List.of();
        }
    }

    private static boolean hasNext(
            Iterator<CSVRecord> records, String file, String text, CSVParser parser, ProblemLog log) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            // commons-csv reports broken quoting this way; nothing after it can be trusted
            CsvSyntax.Break at = CsvSyntax.firstBreak(text);
            if (at != null) {
                throw log.fatal(ImportProblem.atLine(file, at.line(), null, at.reason()));
            }
            int line = (int) Math.max(1, parser.getCurrentLineNumber());
            throw log.fatal(ImportProblem.atLine(file, line, null, "the file is not valid CSV from this line on"));
        }
    }

    private static List<String> headerNames(String file, CSVRecord header, ProblemLog log) {
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String raw : header) {
            String name = raw.strip();
            if (!name.isEmpty() && !seen.add(name)) {
                log.add(ImportProblem.inFile(file, name, "duplicate column name in the header"));
            }
            names.add(name);
        }
        return names;
    }

    private static int startLine(String text, LineIndex lines, long position) {
        int offset = (int) position;
        // with empty lines ignored, the recorded start may sit on the blank lines before the record
        while (offset < text.length() && (text.charAt(offset) == '\n' || text.charAt(offset) == '\r')) {
            offset++;
        }
        return lines.lineOf(offset);
    }
}
