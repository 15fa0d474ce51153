/**
 * The conditions page every study has ({@link org.moralbase.condition.ui.ConditionsView}), and the condition picker
 * every kind's results page shares ({@code ConditionPicker}): a named interface.
 */
@NamedInterface("ui")
package org.moralbase.condition.ui;

import org.springframework.modulith.NamedInterface;
