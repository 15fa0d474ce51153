/**
 * Simulated Moral Machine respondents for {@code generate mm}: seeded synthetic {@code SharedResponses.csv}
 * files whose AMCEs approximately reproduce a given preference vector (default Awad 2018, methods §2.1).
 */
package org.moralbase.moralmachine.simulation;
