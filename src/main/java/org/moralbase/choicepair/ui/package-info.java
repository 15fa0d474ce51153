/** Choice-pair pages: the participant's session ({@code cp/<session>}), the settings and the per-item shares. */
package org.moralbase.choicepair.ui;
