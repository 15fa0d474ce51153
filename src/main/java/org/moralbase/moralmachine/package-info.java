/**
 * The Moral Machine feature's public API (methods §1): the scenario model ({@link
 * org.moralbase.moralmachine.Scenario}, {@link org.moralbase.moralmachine.Outcome}), and the seeded
 * scenario generator in Awad and Takemoto modes. Plain Java: no Spring, Vaadin or JPA, so the web app,
 * the command line and LLM runs share it. The file format lives in {@code .format}, the LLM prompt in
 * {@code .prompt}, simulated respondents in {@code .simulation}.
 */
package org.moralbase.moralmachine;
