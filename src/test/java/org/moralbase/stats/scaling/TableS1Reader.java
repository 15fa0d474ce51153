package org.moralbase.stats.scaling;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.moralbase.stats.regression.RFixture;

/**
 * Reads Takemoto 2026 table S1 ({@code /takemoto2026/table_S1.csv}): Size in billions, ReleaseDate as
 * {@code yyyy/M/d} (what R's {@code as.Date(x, "%Y/%m/%d")} accepts), Reasoning "yes" → true.
 */
final class TableS1Reader {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/M/d");

    private TableS1Reader() {}

    static List<ScalingObservation> read() {
        List<CSVRecord> rows = RFixture.records("/takemoto2026/table_S1.csv");
        return rows.stream()
                .map(r -> new ScalingObservation(
                        r.get("Model"),
                        Double.parseDouble(r.get("Size")),
                        r.get("Reasoning").trim().equalsIgnoreCase("yes"),
                        LocalDate.parse(r.get("ReleaseDate").trim(), DATE),
                        Double.parseDouble(r.get("Distance"))))
                .toList();
    }
}
