/** Entities and repositories of the DVB feature: stored items, model results, quota conditions, assignments. */
package org.moralbase.dvb.domain;
