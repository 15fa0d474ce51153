package org.moralbase.choicepair;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A whole imported dataset: all items or nothing.
 *
 * @param name the dataset's name
 * @param items the items in source order, keys unique
 */
public record ChoiceDataset(String name, List<ChoiceItem> items) {

    /** Checks the name and that item keys are unique. */
    public ChoiceDataset {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        items = List.copyOf(items);
        Set<String> keys = new HashSet<>();
        for (ChoiceItem item : items) {
            if (!keys.add(item.key())) {
                throw new IllegalArgumentException("duplicate item key '" + item.key() + "'");
            }
        }
    }

    /** Number of items. */
    public int size() {
        return items.size();
    }
}
