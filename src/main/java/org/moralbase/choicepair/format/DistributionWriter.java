package org.moralbase.choicepair.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.moralbase.choicepair.ItemDistribution;
import org.moralbase.dataimport.format.DatasetItem;
import org.moralbase.dataimport.text.CsvText;
import org.moralbase.stats.proportion.Proportion;
import org.moralbase.stats.proportion.ProportionEstimator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * People's per-item choices written in the shape of the dataset the items came from and keyed by the dataset's own
 * id, so that they join with the original release (columns in docs/formats.md). Shares are of decided answers,
 * with Wilson 95% intervals; they are empty where nobody decided.
 */
final class DistributionWriter {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ProportionEstimator WILSON = ProportionEstimator.withDefaults();

    private DistributionWriter() {}

    /** Generic items, keyed by the file's id: the counts of A and B. */
    static String generic(List<ItemDistribution> items) {
        return counts(items, List.of("id"), d -> List.of(d.item().key()), "a", "b");
    }

    /** MoralChoice scenarios, keyed by scenario_id: the counts of action1 and action2. */
    static String moralChoice(List<ItemDistribution> items) {
        return counts(
                items,
                List.of("scenario_id", "ambiguity"),
                d -> List.of(d.item().key(), d.item().metadata().getOrDefault("ambiguity", "")),
                "action1",
                "action2");
    }

    /** One row per item: its key columns, the two counts, the undecided count and the share of the first option. */
    private static String counts(
            List<ItemDistribution> items,
            List<String> keyColumns,
            Function<ItemDistribution, List<String>> keys,
            String first,
            String second) {
        List<String> header = new ArrayList<>(keyColumns);
        header.addAll(List.of(
                "n_" + first,
                "n_" + second,
                "n_undecided",
                "share_" + first,
                "share_" + first + "_ci_low",
                "share_" + first + "_ci_high"));
        List<List<Object>> rows = new ArrayList<>();
        for (ItemDistribution d : items) {
            List<Object> row = new ArrayList<>(keys.apply(d));
            row.addAll(List.of(d.a(), d.b(), d.undecided()));
            row.addAll(shareColumns(d.a(), d.decided()));
            rows.add(row);
        }
        return CsvText.write(header, rows);
    }

    /** Two rows per dilemma, as in the release: to_do (option A), then not_to_do (option B). */
    static String dailyDilemmas(List<ItemDistribution> items) {
        List<List<Object>> rows = new ArrayList<>();
        for (ItemDistribution d : items) {
            Map<String, String> meta = d.item().metadata();
            rows.add(dilemmaRow(
                    d,
                    meta.getOrDefault("option_a.action_type", "to_do"),
                    d.item().optionA(),
                    d.a()));
            rows.add(dilemmaRow(
                    d,
                    meta.getOrDefault("option_b.action_type", "not_to_do"),
                    d.item().optionB(),
                    d.b()));
        }
        return CsvText.write(
                List.of(
                        "dilemma_idx",
                        "action_type",
                        "action",
                        "n_chose",
                        "n_decided",
                        "n_undecided",
                        "share",
                        "share_ci_low",
                        "share_ci_high"),
                rows);
    }

    private static List<Object> dilemmaRow(ItemDistribution d, String type, String action, int chose) {
        List<Object> row = new ArrayList<>(List.of(d.item().key(), type, action, chose, d.decided(), d.undecided()));
        row.addAll(shareColumns(chose, d.decided()));
        return row;
    }

    /**
     * One line per dilemma with the release's {@code id, actions, gold_label, gold_annotations} and the people's
     * counts beside them. Scruples annotators named the action that is LESS ethical ({@code gold_annotations[i]}
     * counts votes against action i); our participants chose what they would do, so a choice of one action counts
     * as a vote against the other: {@code people_annotations = [chose actions[1], chose actions[0]]}.
     */
    static String scruples(List<ItemDistribution> items) {
        StringBuilder out = new StringBuilder();
        for (ItemDistribution d : items) {
            DatasetItem item = d.item();
            ObjectNode line = JSON.createObjectNode();
            line.put("id", item.key());
            ArrayNode actions = line.putArray("actions");
            actions.addObject().put("description", item.optionA());
            actions.addObject().put("description", item.optionB());
            Integer goldLabel =
                    switch (item.metadata().getOrDefault("gold_less_ethical", "")) {
                        case "A" -> 0;
                        case "B" -> 1;
                        default -> null;
                    };
            line.put("gold_label", goldLabel); // null for no gold label
            ArrayNode goldCounts = line.putArray("gold_annotations");
            goldCounts.add(count(item.metadata().get("gold_annotations.A")));
            goldCounts.add(count(item.metadata().get("gold_annotations.B")));
            line.putArray("people_chose").add(d.a()).add(d.b());
            line.putArray("people_annotations").add(d.b()).add(d.a());
            Integer peopleLabel = d.b() > d.a() ? Integer.valueOf(0) : d.a() > d.b() ? Integer.valueOf(1) : null;
            line.put("people_label", peopleLabel); // null on a tie
            line.put("people_undecided", d.undecided());
            out.append(JSON.writeValueAsString(line)).append('\n');
        }
        return out.toString();
    }

    // rows tagged by dataset name before the format was stored (V0052) may lack the gold counts
    private static Integer count(String text) {
        try {
            return text == null ? null : Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Share k/n with its Wilson 95% interval as three CSV fields, empty when n = 0. */
    static List<Object> shareColumns(int k, int n) {
        if (n == 0) {
            return Arrays.asList(null, null, null);
        }
        Proportion p = WILSON.estimate(k, n);
        return List.of(CsvText.decimal(p.estimate()), CsvText.decimal(p.ciLow()), CsvText.decimal(p.ciHigh()));
    }
}
