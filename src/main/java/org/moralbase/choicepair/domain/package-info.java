/** Entities and repositories of stored choice pairs and the answers to them. */
package org.moralbase.choicepair.domain;
