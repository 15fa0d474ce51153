/**
 * Studies: what participants or models answer, who owns them and who they are shared with. A researcher
 * sees only the studies they own or that are shared with them; an admin sees all.
 */
package org.moralbase.study;
