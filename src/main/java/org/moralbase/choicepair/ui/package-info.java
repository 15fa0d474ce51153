/**
 * Choice-pair pages: the participant's session ({@code cp/<session>}), the settings, the items with their import and
 * the import of model answers, and the per-item shares. Registered by {@link org.moralbase.choicepair.ChoicePairKind}.
 */
package org.moralbase.choicepair.ui;
