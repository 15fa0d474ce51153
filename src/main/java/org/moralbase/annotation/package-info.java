/**
 * Annotation projects: researchers import items and define questions, annotators label items assigned k times
 * each, researchers check agreement, adjudicate disagreements and export the validated dataset. See
 * docs/annotation.md.
 */
package org.moralbase.annotation;
