package org.moralbase.dataimport.format;

/**
 * What an import stored, for the researcher.
 *
 * @param file the file's name
 * @param format the label of the format read
 * @param detected whether the format was told from the file's content rather than chosen
 * @param items the number of items stored
 */
public record ItemsImported(String file, String format, boolean detected, int items) {

    /** "Stored 12 items from mc.csv, recognised as MoralChoice (CSV)." */
    public String message() {
        return "Stored " + items + (items == 1 ? " item" : " items") + " from " + file
                + (detected ? ", recognised as " : " as ") + format + ".";
    }
}
