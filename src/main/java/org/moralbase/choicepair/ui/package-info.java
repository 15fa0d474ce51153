/** Choice-pair pages: the participant's session ({@code cp/<session>}) and the per-item shares. */
package org.moralbase.choicepair.ui;
