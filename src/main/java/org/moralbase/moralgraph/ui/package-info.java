/** The values-card kind's pages: settings, graph import, the moral graph, and the participant's session. */
package org.moralbase.moralgraph.ui;
