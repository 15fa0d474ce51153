/**
 * Studies: what participants or models answer, who owns them and who they are shared with. A researcher sees only
 * the studies they own or that are shared with them; an admin sees all. Every kind of study plugs in here through
 * one interface, {@link org.moralbase.study.StudyKind}, registered as a bean in the kind's own package and found
 * through {@link org.moralbase.study.StudyKinds} (decision 0012); {@link org.moralbase.study.ModelItems} is how a
 * kind's items are worded for models and their answers read.
 */
package org.moralbase.study;
