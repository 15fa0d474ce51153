/**
 * The participant landing page ({@code /take/<code>}) that hands a session to its kind's page, and the pieces every
 * kind's participant page shares ({@code SaveStatus}, {@code Reading}): a named interface.
 */
@NamedInterface("ui")
package org.moralbase.participation.ui;

import org.springframework.modulith.NamedInterface;
