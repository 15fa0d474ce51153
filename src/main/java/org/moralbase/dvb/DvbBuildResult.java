package org.moralbase.dvb;

import java.util.List;
import java.util.Optional;

/**
 * The builder's answer: the stored item, or every problem found (nothing stored then).
 *
 * @param problems the violations and input problems, empty when the item was stored
 * @param stored the stored item, when there were no problems
 */
public record DvbBuildResult(List<String> problems, Optional<DvbItemRow> stored) {

    /** Freezes the list. */
    public DvbBuildResult {
        problems = List.copyOf(problems);
    }
}
