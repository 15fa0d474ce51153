/**
 * Shared plumbing for all-or-nothing dataset imports: the source file, limits, and the {@link
 * org.moralbase.dataimport.ImportException} that carries every problem found (file, line, field, reason). Plain
 * Java: no Spring, no JPA.
 */
package org.moralbase.dataimport;
