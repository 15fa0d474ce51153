package org.moralbase.dvb;

import java.util.Optional;

/**
 * How many of a DVB study's items participants can be shown. A trial shows the user's earlier choices and the test
 * pair, so an item needs its example pairs: built items have them, imported prompts only when the examples file
 * came with them (the released prompt JSON has the pairs only inside the prompt's text). Model results count on
 * every item.
 *
 * @param items all items
 * @param showable items with example pairs
 */
public record DvbItemCounts(long items, long showable) {

    /** Items participants never see. */
    public long hidden() {
        return items - showable;
    }

    /** Why participants would get no trial if the study opened now, or empty. */
    public Optional<String> openingProblem() {
        if (items == 0) {
            return Optional.of("The study has no items yet: import or build them on the Items page.");
        }
        if (showable == 0) {
            return Optional.of("None of its " + items + " items can be shown to participants: a trial needs the"
                    + " item's example pairs (import the examples file together with the prompts, or build items"
                    + " on the Items page). Participants would only be told that no rounds are left.");
        }
        return Optional.empty();
    }
}
