/**
 * Moral Machine as a kind of study (methods §1–3; {@link org.moralbase.moralmachine.MoralMachineKind}, decision 0012).
 * The plain-Java core: the scenario model ({@link org.moralbase.moralmachine.Scenario}, {@link
 * org.moralbase.moralmachine.Outcome}) and the seeded generator in Awad and Takemoto modes, shared by the web app,
 * the command line and model runs. The Spring services: participants' sessions ({@link
 * org.moralbase.moralmachine.MoralMachineParticipation}), live AMCEs ({@link org.moralbase.moralmachine.LiveAmce}),
 * exports and imports of {@code SharedResponses.csv}, and scenarios worded for models ({@code MoralMachinePrompts}).
 * Sub-packages: the file format ({@code format}, also used by the command line), the LLM prompt and answer rule
 * ({@code prompt}), pictures ({@code picture}), simulated respondents ({@code simulation}), models beside people
 * ({@code comparison}: run AMCEs, the AMCE-profile comparison, the scaling analysis), pages ({@code ui}).
 */
package org.moralbase.moralmachine;
