package org.moralbase.study;

import java.util.List;
import java.util.Map;
import org.moralbase.dataimport.DatasetSource;

/**
 * How a kind's items are imported from files, the same files its items page accepts, for callers other than that
 * page (the REST API): all or nothing, while the study is a draft, through the kind's own import service with its
 * access checks and audit.
 */
public interface ItemImport {

    /**
     * The files the import takes, by the name of their form part: the first is required, the others optional (e.g.
     * {@code file}; or {@code prompts} and {@code examples}).
     */
    List<String> parts();

    /**
     * Imports the files.
     *
     * @param files the uploaded files by part name (the first of {@link #parts()} is present)
     * @param format a format id the file is in, or {@code null} to detect it (kinds with one format ignore it)
     * @return how many items were stored
     * @throws org.moralbase.dataimport.ImportException listing every problem with its line and field
     * @throws IllegalArgumentException naming the field, e.g. "Items: only a draft study's items can change"
     */
    int importItems(long studyId, Map<String, DatasetSource> files, String format);
}
