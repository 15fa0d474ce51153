/** The values-card kind's tables (V0095): cards, imported edges, the transitions planned per session, votes. */
package org.moralbase.moralgraph.domain;
