package org.moralbase.annotation;

/**
 * A format a project's items were imported in, offered for the export in that format.
 *
 * @param formatId the dataset format's id, as stored with the items
 * @param label the format's name
 * @param extension the file name ending, with its dot
 */
public record SourceFormatOption(String formatId, String label, String extension) {}
