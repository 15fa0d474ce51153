package org.moralbase.stats.regression;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads the CSV fixtures written by {@code src/test/r/regression_fixtures.R}. */
public final class RFixture {

    private RFixture() {}

    /** A {@code key,value} file of R results printed with {@code sprintf("%.17g")}. */
    public static Map<String, Double> values(String resource) {
        Map<String, Double> values = new HashMap<>();
        for (CSVRecord r : records(resource)) {
            values.put(r.get("key"), Double.parseDouble(r.get("value")));
        }
        return values;
    }

    /** The records of a CSV resource with a header row. */
    public static List<CSVRecord> records(String resource) {
        try (InputStream in = RFixture.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            return new ArrayList<>(CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)
                    .getRecords());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A numeric column of a CSV resource. */
    public static double[] column(List<CSVRecord> records, String name) {
        return records.stream()
                .mapToDouble(r -> Double.parseDouble(r.get(name)))
                .toArray();
    }
}
