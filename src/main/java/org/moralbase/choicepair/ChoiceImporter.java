package org.moralbase.choicepair;

import org.moralbase.choicepair.format.DailyDilemmasFormat;
import org.moralbase.choicepair.format.GenericChoiceFormat;
import org.moralbase.choicepair.format.MoralChoiceFormat;
import org.moralbase.choicepair.format.ScruplesFormat;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.ImportLimits;

/**
 * Imports binary-choice datasets all-or-nothing: each method returns the whole dataset or throws one {@link
 * org.moralbase.dataimport.ImportException} listing every problem (file, line, field, reason).
 */
public final class ChoiceImporter {

    private final ImportLimits limits;

    private ChoiceImporter(ImportLimits limits) {
        if (limits == null) {
            throw new IllegalArgumentException("limits must not be null");
        }
        this.limits = limits;
    }

    /** An importer with {@link ImportLimits#withDefaults()}. */
    public static ChoiceImporter withDefaults() {
        return new ChoiceImporter(ImportLimits.withDefaults());
    }

    /** An importer with the given limits. */
    public static ChoiceImporter with(ImportLimits limits) {
        return new ChoiceImporter(limits);
    }

    /**
     * DailyDilemmas: two rows per dilemma become one item, option A = to_do, option B = not_to_do.
     *
     * @param values the optional {@code values.csv} (value → WVS, MFT, Virtue, Emotion, Maslow), or null
     */
    public ChoiceDataset dailyDilemmas(DatasetSource dilemmas, DatasetSource values) {
        return DailyDilemmasFormat.read(dilemmas, values, limits);
    }

    /** MoralChoice: option A = action1, option B = action2, the 20 rule flags as metadata. */
    public ChoiceDataset moralChoice(DatasetSource scenarios) {
        return MoralChoiceFormat.read(scenarios, limits);
    }

    /** Scruples dilemmas: option A = actions[0]; {@code gold_less_ethical} = A or B in metadata. */
    public ChoiceDataset scruples(DatasetSource dilemmas) {
        return ScruplesFormat.read(dilemmas, limits);
    }

    /** The generic format: CSV ({@code .csv}) or JSON Lines ({@code .jsonl}, {@code .ndjson}). */
    public ChoiceDataset generic(String datasetName, DatasetSource file) {
        return GenericChoiceFormat.read(datasetName, file, limits);
    }
}
