/** The stored conditions of studies ({@code study_condition}). */
package org.moralbase.condition.domain;
