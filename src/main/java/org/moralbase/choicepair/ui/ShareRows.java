package org.moralbase.choicepair.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.moralbase.choicepair.ItemModelShare;
import org.moralbase.choicepair.ItemShare;
import org.moralbase.choicepair.ModelComparison;

/**
 * The rows of the shares grid, held on the server for one page: searched, filtered and sorted per request of the
 * grid's lazy data provider, so that only the rows on screen travel to the browser (700 items and more).
 */
final class ShareRows {

    /** Which rows to show. */
    enum Show {
        ALL("All items"),
        DISAGREE("People and model disagree"),
        AGREE("People and model agree"),
        NO_VERDICT("Tied or not answered");

        private final String label;

        Show(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }

        boolean keeps(ShareRow row) {
            return switch (this) {
                case ALL -> true;
                case DISAGREE -> Boolean.FALSE.equals(row.agrees());
                case AGREE -> Boolean.TRUE.equals(row.agrees());
                case NO_VERDICT -> row.agrees() == null;
            };
        }
    }

    /** One sort key: a column's property and its direction. */
    record SortBy(String property, boolean descending) {}

    static final Map<String, Function<ShareRow, ? extends Comparable<?>>> KEYS = Map.of(
            "item", r -> r.item().key(),
            "people", ShareRow::peopleShare,
            "peopleN", ShareRow::peopleN,
            "model", r -> r.model() == null ? null : r.model().model(),
            "modelShare", ShareRow::modelShare,
            "modelN", ShareRow::modelN,
            "difference", r -> r.difference() == null ? null : Math.abs(r.difference()),
            "divergence", ShareRow::divergence);

    private final List<ShareRow> rows;

    ShareRows(List<ItemShare> items, ModelComparison comparison) {
        Map<String, ItemShare> byKey = new java.util.HashMap<>();
        items.forEach(i -> byKey.put(i.key(), i));
        List<ShareRow> out = new ArrayList<>();
        if (comparison.models().isEmpty()) {
            items.forEach(i -> out.add(new ShareRow(i, null)));
        } else {
            for (ItemModelShare m : comparison.items()) {
                out.add(new ShareRow(byKey.get(m.itemKey()), m));
            }
        }
        this.rows = List.copyOf(out);
    }

    int total() {
        return rows.size();
    }

    /** The rows the search and filter keep, in the order asked (item order when none), from offset, at most limit. */
    Stream<ShareRow> fetch(String search, Show show, List<SortBy> sorts, int offset, int limit) {
        return matching(search, show).sorted(order(sorts)).skip(offset).limit(limit);
    }

    /** How many rows the search and filter keep. */
    int count(String search, Show show) {
        return (int) matching(search, show).count();
    }

    private Stream<ShareRow> matching(String search, Show show) {
        String needle = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        return rows.stream().filter(show::keeps).filter(r -> needle.isEmpty() || r.matches(needle));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Comparator<ShareRow> order(List<SortBy> sorts) {
        Comparator<ShareRow> c = (a, b) -> 0;
        for (SortBy s : sorts) {
            Function<ShareRow, Comparable> key = (Function) KEYS.get(s.property());
            if (key == null) {
                continue;
            }
            Comparator<Comparable> natural = Comparator.naturalOrder();
            // rows without a value go last whichever the direction
            c = c.thenComparing(key, Comparator.nullsLast(s.descending() ? natural.reversed() : natural));
        }
        return c; // a stable sort: ties keep the item order
    }
}
