package org.moralbase.moralmachine.format;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.zip.GZIPOutputStream;
import org.moralbase.dataimport.text.CsvText;
import org.moralbase.moralmachine.CharacterType;
import org.moralbase.moralmachine.Scenario;
import org.moralbase.moralmachine.Side;

/**
 * Streaming writer of {@code SharedResponses.csv}: the 41-column header on creation, then one line per row,
 * LF line ends, UTF-8, RFC 4180 quoting only where needed, {@code NA} for missing values (as R writes them).
 * Not thread-safe.
 */
public final class SharedResponsesWriter implements Closeable, Flushable {
    private final Writer out;
    private final StringBuilder line = new StringBuilder(256);
    private long rows;

    /** Wraps {@code out} (buffered here) and writes the header. */
    public SharedResponsesWriter(Writer out) throws IOException {
        this.out = new BufferedWriter(Objects.requireNonNull(out, "out"), 1 << 16);
        this.out.write(String.join(",", SharedResponsesColumns.ALL));
        this.out.write('\n');
    }

    /** Creates {@code file}, gzip-compressed if its name ends in {@code .gz}, and writes the header. */
    public static SharedResponsesWriter create(Path file) throws IOException {
        OutputStream os = Files.newOutputStream(file);
        if (file.getFileName().toString().endsWith(".gz")) {
            os = new GZIPOutputStream(os, 1 << 16);
        }
        return new SharedResponsesWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8));
    }

    /** Writes the two rows of an answered scenario (see {@link ResponseRows#of}). */
    public void write(Scenario scenario, Side saved, ResponseContext context) throws IOException {
        for (ResponseRow r : ResponseRows.of(scenario, saved, context)) {
            write(r);
        }
    }

    /** Writes one row. */
    public void write(ResponseRow r) throws IOException {
        line.setLength(0);
        text(r.responseId()).text(r.extendedSessionId()).text(r.userId()).number(r.scenarioOrder());
        number(r.intervention()).number(r.pedPed()).number(r.barrier()).number(r.crossingSignal());
        text(r.attributeLevel()).text(r.scenarioTypeStrict()).text(r.scenarioType());
        text(r.defaultChoice()).text(r.nonDefaultChoice()).number(r.defaultChoiceIsOmission());
        number(r.numberOfCharacters()).number(r.diffNumberOfCharacters()).number(r.saved());
        text(r.template()).number(r.descriptionShown()).number(r.leftHand()).text(r.userCountry3());
        for (CharacterType t : CharacterType.values()) {
            number(r.characters() == null ? null : r.characters().get(t));
        }
        line.setCharAt(line.length() - 1, '\n'); // the last separator becomes the line end
        out.append(line);
        rows++;
    }

    /** The number of data rows written. */
    public long rows() {
        return rows;
    }

    private SharedResponsesWriter text(String value) {
        String v = CsvText.neutralised(value);
        if (v == null) {
            line.append(SharedResponsesColumns.NA);
        } else if (needsQuotes(v)) {
            line.append('"').append(v.replace("\"", "\"\"")).append('"');
        } else {
            line.append(v);
        }
        line.append(',');
        return this;
    }

    private SharedResponsesWriter number(Integer v) {
        if (v == null) {
            line.append(SharedResponsesColumns.NA);
        } else {
            line.append(v.intValue());
        }
        line.append(',');
        return this;
    }

    private static boolean needsQuotes(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
