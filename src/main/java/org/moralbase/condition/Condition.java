package org.moralbase.condition;

/**
 * One between-subjects condition of a study.
 *
 * @param id the stored condition's id (what sessions and runs refer to)
 * @param code a short stable name, unique in its study (exports and run settings carry it)
 * @param label what researchers' pages show
 * @param forPeople shown to participants before the items, or {@code null} for nothing (a control condition)
 * @param forModels sent to models as the system message, or {@code null} for nothing
 * @param readLastLine models reason first: only the last non-empty line of their answer is read
 */
public record Condition(long id, String code, String label, String forPeople, String forModels, boolean readLastLine) {}
