package org.moralbase.study;

/**
 * Where a kind keeps the outcome of its attention checks: a table with one row per answer of a session ({@code
 * session_id}) and a nullable boolean column (null when the answer was not a check), for the researchers' monitor.
 *
 * @param table the kind's table (a constant of the kind's own schema, never user input)
 * @param passed its outcome column
 */
public record AttentionTable(String table, String passed) {}
