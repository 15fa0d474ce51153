package org.moralbase.stats.amce;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads the fixtures written by {@code src/test/r/amce_reference.R}. */
final class AmceFixtures {

    /** One row of amce_expected.csv: R's lm / sandwich::vcovCL values for one subset. */
    record Expected(double estimate, double sePlain, double seCluster, long rows, long clusters) {}

    private AmceFixtures() {}

    /** The simulated rows, clustered on UserID. */
    static List<AmceRow> rows() {
        List<AmceRow> rows = new ArrayList<>();
        for (CSVRecord r : read("amce_rows.csv")) {
            rows.add(new AmceRow(
                    Integer.parseInt(r.get("Intervention")),
                    Integer.parseInt(r.get("Barrier")),
                    Integer.parseInt(r.get("PedPed")),
                    Integer.parseInt(r.get("CrossingSignal")),
                    r.get("ScenarioType"),
                    r.get("ScenarioTypeStrict"),
                    r.get("AttributeLevel"),
                    Integer.parseInt(r.get("DiffNumberOFCharacters")),
                    Integer.parseInt(r.get("Saved")),
                    Long.parseLong(r.get("UserID"))));
        }
        return rows;
    }

    /** Expected values by subset name ("Law", "No. Characters d=2", "No. Characters max-stratum"). */
    static Map<String, Expected> expected() {
        Map<String, Expected> map = new LinkedHashMap<>();
        for (CSVRecord r : read("amce_expected.csv")) {
            map.put(
                    r.get("name"),
                    new Expected(
                            Double.parseDouble(r.get("estimate")),
                            Double.parseDouble(r.get("se_plain")),
                            Double.parseDouble(r.get("se_cluster")),
                            Long.parseLong(r.get("rows")),
                            Long.parseLong(r.get("clusters"))));
        }
        return map;
    }

    /** Records of a CSV resource beside this class, header first. */
    static List<CSVRecord> read(String name) {
        try (Reader in = new InputStreamReader(AmceFixtures.class.getResourceAsStream(name), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)
                    .getRecords();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read fixture " + name, e);
        }
    }
}
