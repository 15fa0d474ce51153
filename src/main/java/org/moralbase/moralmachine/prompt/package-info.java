/**
 * The LLM side of the Moral Machine (methods §1.4): Takemoto's system and user prompts for a scenario, in
 * English exactly as his {@code generate_moral_machine_scenarios.py} writes them, and the answer parser.
 */
package org.moralbase.moralmachine.prompt;
