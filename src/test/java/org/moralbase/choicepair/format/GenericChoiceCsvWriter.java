package org.moralbase.choicepair.format;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.moralbase.dataimport.format.DatasetItem;

/**
 * Writes items in the generic CSV format ({@code id, context, option_a, option_b}, then every metadata key in
 * first-seen order; absent values written empty), readable by {@link GenericCsvFormat}.
 */
final class GenericChoiceCsvWriter {

    private GenericChoiceCsvWriter() {}

    /** The CSV text, RFC 4180 with CRLF line ends. */
    public static String write(List<DatasetItem> items) {
        Set<String> metadataKeys = new LinkedHashSet<>();
        items.forEach(item -> metadataKeys.addAll(item.metadata().keySet()));
        List<String> header = new ArrayList<>(List.of(
                GenericChoiceFormat.ID,
                GenericChoiceFormat.CONTEXT,
                GenericChoiceFormat.OPTION_A,
                GenericChoiceFormat.OPTION_B));
        for (String key : metadataKeys) {
            if (GenericChoiceFormat.CORE.contains(key)) {
                throw new IllegalArgumentException("metadata key '" + key + "' clashes with a core column");
            }
            header.add(key);
        }
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(header);
            for (DatasetItem item : items) {
                List<String> record =
                        new ArrayList<>(List.of(item.key(), item.context(), item.optionA(), item.optionB()));
                metadataKeys.forEach(key -> record.add(item.metadata().getOrDefault(key, "")));
                printer.printRecord(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return out.toString();
    }
}
