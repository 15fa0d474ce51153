package org.moralbase.moralmachine.simulation;

/**
 * What a simulation wrote.
 *
 * @param scenarios scenarios answered
 * @param rows data rows written (two per scenario)
 * @param respondents simulated respondents (one per session)
 */
public record SimulationSummary(long scenarios, long rows, long respondents) {}
