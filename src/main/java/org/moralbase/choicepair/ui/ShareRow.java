package org.moralbase.choicepair.ui;

import org.moralbase.choicepair.ItemModelShare;
import org.moralbase.choicepair.ItemShare;

/** One row of the shares grid: an item with the people's share, and one model's figures beside it (or none). */
record ShareRow(ItemShare item, ItemModelShare model) {

    Double peopleShare() {
        return item.shareA() == null ? null : item.shareA().estimate();
    }

    int peopleN() {
        return item.shareA() == null ? 0 : item.shareA().trials();
    }

    Double modelShare() {
        return model == null ? null : model.modelShareA();
    }

    int modelN() {
        return model == null ? 0 : model.parseable();
    }

    Double difference() {
        return model == null ? null : model.difference();
    }

    Double divergence() {
        return model == null ? null : model.divergence();
    }

    Boolean agrees() {
        return model == null ? null : model.agrees();
    }

    /** Whether the search text occurs in the item's id, situation, options or model name (any case). */
    boolean matches(String needle) {
        return contains(item.key(), needle)
                || contains(item.context(), needle)
                || contains(item.optionA(), needle)
                || contains(item.optionB(), needle)
                || (model != null && contains(model.model(), needle));
    }

    private static boolean contains(String text, String needle) {
        return text != null && text.toLowerCase(java.util.Locale.ROOT).contains(needle);
    }
}
