package org.moralbase.utility.format;

/**
 * One outcome as files carry it.
 *
 * @param id its id, unique in the file
 * @param description the text people and models read
 * @param category its category, or null
 */
public record OutcomeRow(String id, String description, String category) {}
