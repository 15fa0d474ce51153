/** Entities and repositories of the model registry, runs and stored answers; used only inside {@code models}. */
package org.moralbase.models.domain;
