/**
 * DVB pages: the participant's session ({@code dvb/<session>}), the settings, the items page with the builder,
 * the results.
 */
package org.moralbase.dvb.ui;
