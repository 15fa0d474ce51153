/**
 * Simulated Moral Machine respondents for {@code generate mm}: seeded synthetic {@code SharedResponses.csv}
 * files whose AMCEs approximately reproduce a given preference vector (default Awad 2018, methods §2.1).
 * A named interface: the command line's {@code generate mm}.
 */
@NamedInterface("simulation")
package org.moralbase.moralmachine.simulation;

import org.springframework.modulith.NamedInterface;
