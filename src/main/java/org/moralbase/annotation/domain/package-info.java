/** Stored annotation projects, items, questions, assignments, answers and final labels, with their repositories. */
package org.moralbase.annotation.domain;
