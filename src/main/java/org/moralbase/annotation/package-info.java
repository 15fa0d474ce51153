/**
 * Annotation projects: researchers import items and define questions, annotators (invited accounts, or crowd
 * workers from Prolific/MTurk through a public link) label items assigned k times each, researchers check
 * agreement, adjudicate disagreements and export the validated dataset, also in the items' source format with
 * the final labels. See docs/annotation.md and docs/decisions/0005, 0008.
 */
package org.moralbase.annotation;
