package org.moralbase.dvb;

import java.util.List;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.ImportLimits;
import org.moralbase.dvb.format.DvbPromptFormat;
import org.moralbase.dvb.format.DvbResultFormat;

/**
 * Imports DVB files all-or-nothing: each method returns every record or throws one {@link
 * org.moralbase.dataimport.ImportException} listing every problem.
 */
public final class DvbImporter {

    private final ImportLimits limits;

    private DvbImporter(ImportLimits limits) {
        if (limits == null) {
            throw new IllegalArgumentException("limits must not be null");
        }
        this.limits = limits;
    }

    /** An importer with {@link ImportLimits#withDefaults()}. */
    public static DvbImporter withDefaults() {
        return new DvbImporter(ImportLimits.withDefaults());
    }

    /** An importer with the given limits. */
    public static DvbImporter with(ImportLimits limits) {
        return new DvbImporter(limits);
    }

    /** The released prompt JSON array; items keep their file order, keys are prompt_id. */
    public List<DvbItem> prompts(DatasetSource prompts) {
        return DvbPromptFormat.prompts(prompts, null, limits);
    }

    /**
     * Prompts with their examples attached from a per-test examples JSON array (see {@code DvbExamplesFormat}).
     */
    public List<DvbItem> prompts(DatasetSource prompts, DatasetSource examples) {
        return DvbPromptFormat.prompts(prompts, examples, limits);
    }

    /** Model result rows from CSV ({@code .csv}) or JSON Lines ({@code .jsonl}, {@code .ndjson}). */
    public List<DvbResult> results(DatasetSource results) {
        return DvbResultFormat.read(results, limits);
    }
}
