package org.moralbase.dataimport.format;

import java.util.List;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.ImportLimits;

/**
 * One dataset file format: how to tell it from a file's content, how to read its items, and how to write its records
 * back. Implemented by the feature the dataset belongs to (choice-pair formats in {@code choicepair}, the DVB prompt
 * format in {@code dvb}) as Spring beans; a feature that imports items takes them all as a {@code List} and asks
 * {@link DatasetFormats}, so it names no dataset (docs/decisions/0014-dataset-formats.md).
 */
public interface DatasetFormat {

    /** Stable id, stored with every imported item: upper snake case, e.g. {@code MORAL_CHOICE}. */
    String id();

    /** The name researchers see, e.g. {@code MoralChoice (CSV)}. */
    String label();

    /** How the file lays out its records. */
    FileShape shape();

    /** What {@link #detect} looks for, in a researcher's words: "the columns scenario_id, action1 and action2". */
    String signature();

    /** Whether a file with this content is in this format. */
    boolean detect(FileSample sample);

    /**
     * Whether this format takes whatever no more specific format recognises (the generic formats): detection asks
     * it only when no other format recognised the file.
     */
    default boolean fallback() {
        return false;
    }

    /**
     * Every item of the file in file order, each with its record as it stands in the file; all or nothing.
     *
     * @param companion the format's optional second file (DailyDilemmas' values.csv, DVB's examples), or null
     * @throws org.moralbase.dataimport.ImportException listing every problem (file, line, field, reason)
     */
    List<DatasetItem> read(DatasetSource file, DatasetSource companion, ImportLimits limits);

    /**
     * The records written back in this format with labels added (CSV columns {@code label_<name>}, a JSON field
     * {@code labels}); this format's reader takes the text back.
     *
     * @param names the label names, in column order
     */
    default String write(List<String> names, List<LabelledRecord> records) {
        return RecordWriter.write(shape(), names, records);
    }
}
