package org.moralbase.dataimport.format;

import java.util.List;
import org.moralbase.choicepair.format.DailyDilemmasFormat;
import org.moralbase.choicepair.format.GenericCsvFormat;
import org.moralbase.choicepair.format.GenericJsonLinesFormat;
import org.moralbase.choicepair.format.MoralChoiceFormat;
import org.moralbase.choicepair.format.ScruplesFormat;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.ImportLimits;
import org.moralbase.dvb.format.DvbPromptFormat;

/** Test helper: the application's dataset formats without Spring, as the beans are. */
public final class Formats {

    public static final DailyDilemmasFormat DAILY_DILEMMAS = new DailyDilemmasFormat();
    public static final MoralChoiceFormat MORAL_CHOICE = new MoralChoiceFormat();
    public static final ScruplesFormat SCRUPLES = new ScruplesFormat();
    public static final GenericCsvFormat GENERIC_CSV = new GenericCsvFormat();
    public static final GenericJsonLinesFormat GENERIC_JSONL = new GenericJsonLinesFormat();
    public static final DvbPromptFormat DVB_PROMPTS = new DvbPromptFormat();

    private Formats() {}

    /** Every format, as Spring injects them into an importer. */
    public static List<DatasetFormat> all() {
        return List.of(DVB_PROMPTS, GENERIC_JSONL, SCRUPLES, GENERIC_CSV, MORAL_CHOICE, DAILY_DILEMMAS);
    }

    /** The registry of an import that takes every format. */
    public static DatasetFormats registry() {
        return new DatasetFormats(all());
    }

    /** The file's items in the format, with the default limits and no companion file. */
    public static List<DatasetItem> read(DatasetFormat format, DatasetSource file) {
        return format.read(file, null, ImportLimits.withDefaults());
    }
}
