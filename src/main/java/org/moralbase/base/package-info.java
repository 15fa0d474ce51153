/**
 * Shared infrastructure that every feature may use: the clock, start-up reporting, failure analysis.
 * {@code base} depends on no feature package (checked by {@code ArchitectureTest}).
 */
package org.moralbase.base;
