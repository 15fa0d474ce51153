/** Entities and repositories of the DVB feature: stored items, quota conditions, participants' trials. */
package org.moralbase.dvb.domain;
