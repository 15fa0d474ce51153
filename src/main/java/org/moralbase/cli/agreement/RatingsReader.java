package org.moralbase.cli.agreement;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.moralbase.cli.CsvInput;
import org.moralbase.cli.InputException;
import org.moralbase.stats.agreement.Rating;

/**
 * Reads long-format ratings: a CSV with columns {@code item}, {@code rater}, {@code value} (any order, extra
 * columns ignored). An empty value or {@code NA} is a missing rating. Values stay text here; {@link #numeric}
 * parses them for ordinal, interval and ratio data. At most one rating per (item, rater).
 */
final class RatingsReader {

    private RatingsReader() {}

    /** A rating and the line it came from, so a bad value can be reported where it is. */
    record Read(Rating<String> rating, long line) {}

    static List<Read> read(Path file) {
        return read(file, null);
    }

    /**
     * As {@link #read(Path)}; a file with a {@code question} column (the annotation page's judgements export: one row
     * per item, rater and question) is read for one question: {@code question}, or the only one it holds.
     */
    static List<Read> read(Path file, String question) {
        List<Read> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> questions = new java.util.TreeSet<>();
        try (CsvInput csv = CsvInput.open(file)) {
            int item = csv.require("item");
            int rater = csv.require("rater");
            int value = csv.require("value");
            int asked = csv.has("question") ? csv.require("question") : -1;
            if (asked < 0 && question != null) {
                throw new InputException(file, "--question " + question + ": the file has no column 'question'");
            }
            for (CsvInput.Row row = csv.next(); row != null; row = csv.next()) {
                if (asked >= 0) {
                    questions.add(row.get(asked));
                    if (question != null && !question.equals(row.get(asked))) {
                        continue;
                    }
                    if (question == null && questions.size() > 1) {
                        throw new InputException(
                                file,
                                row.line(),
                                "question",
                                "the file holds ratings of more than one" + " question (" + String.join(", ", questions)
                                        + ", …): choose one with --question");
                    }
                }
                if (row.get(item).isEmpty()) {
                    throw row.error(item, "an item id");
                }
                if (row.get(rater).isEmpty()) {
                    throw row.error(rater, "a rater id");
                }
                if (!seen.add(row.get(item) + '\u0000' + row.get(rater))) {
                    throw new InputException(
                            file,
                            row.line(),
                            "rater",
                            "expected one rating per item and rater, found a second one by '" + row.get(rater)
                                    + "' for item '" + row.get(item) + "'");
                }
                String v = row.get(value);
                String label = v.isEmpty() || v.equals("NA") ? null : v;
                out.add(new Read(new Rating<>(row.get(item), row.get(rater), label), row.line()));
            }
        }
        if (out.isEmpty() && question != null) {
            throw new InputException(
                    file,
                    "--question " + question + ": no ratings of it; the file's questions are "
                            + String.join(", ", questions));
        }
        if (out.isEmpty()) {
            throw new InputException(file, "expected ratings, found none");
        }
        return out;
    }

    /** The ratings with values parsed as numbers; a value that is not a finite number is an error at its line. */
    static List<Rating<Double>> numeric(Path file, List<Read> reads) {
        List<Rating<Double>> out = new ArrayList<>(reads.size());
        for (Read r : reads) {
            String v = r.rating().value();
            Double number = null;
            if (v != null) {
                try {
                    number = Double.parseDouble(v);
                } catch (NumberFormatException e) {
                    number = Double.NaN;
                }
                if (!Double.isFinite(number)) {
                    throw new InputException(
                            file,
                            r.line(),
                            "value",
                            "expected a number (or empty/NA for missing) at this level, found '" + v + "'");
                }
            }
            out.add(new Rating<>(r.rating().item(), r.rating().rater(), number));
        }
        return out;
    }
}
