package org.moralbase.stats.amce;

/**
 * The (subset, level) cells a row falls into. Subsets 0..8 are the attributes in {@link AmceAttribute}
 * order; subsets 9..12 are the No. Characters strata d = 1..4 (the Utilitarian subset restricted to
 * {@code DiffNumberOFCharacters == d}, methods §2 item 5). A cell is {@code 2 · subset + level}; a row is in
 * at most five cells (Intervention, Relation to AV, Law, one character attribute, one stratum).
 */
final class AmceCells {

    /** Number of regression subsets: 9 attributes plus 4 strata. */
    static final int SUBSETS = 13;

    /** Number of (subset, level) cells. */
    static final int CELLS = 2 * SUBSETS;

    /** Most cells a single row can fall into. */
    static final int MAX_PER_ROW = 5;

    /** Subset index of stratum d = 1. */
    static final int FIRST_STRATUM = 9;

    private AmceCells() {}

    /**
     * Writes the row's cells to {@code out} (length ≥ {@link #MAX_PER_ROW}); allocation-free.
     *
     * @return how many cells were written
     */
    static int classify(AmceRow row, int[] out) {
        int count = 0;
        // explicit calls: values() would allocate a fresh array per row
        int level = AmceAttribute.INTERVENTION.level(row);
        if (level >= 0) {
            out[count++] = level;
        }
        level = AmceAttribute.RELATION_TO_AV.level(row);
        if (level >= 0) {
            out[count++] = 2 + level;
        }
        level = AmceAttribute.LAW.level(row);
        if (level >= 0) {
            out[count++] = 4 + level;
        }
        String type = row.scenarioType();
        String strict = row.scenarioTypeStrict();
        AmceAttribute attribute = AmceAttribute.forScenarioType(type);
        // readers hand out one String per value: the same object needs no second lookup (a tenth of the parse)
        if (attribute != null && (strict == type || attribute.acceptsScenarioType(strict))) {
            level = attribute.attributeLevel(row.attributeLevel());
            if (level >= 0) {
                out[count++] = 2 * attribute.ordinal() + level;
                int d = row.diffNumberOfCharacters();
                if (attribute == AmceAttribute.NO_CHARACTERS && d >= 1 && d <= 4) {
                    out[count++] = 2 * (FIRST_STRATUM + d - 1) + level;
                }
            }
        }
        return count;
    }
}
