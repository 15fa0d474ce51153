/**
 * Between-subjects conditions for every kind of study (issue #15, decision 0028): a condition is a text shown to
 * participants before the items (a stated policy, an instruction) and sent to models as the system message (a policy
 * or a persona). Sessions are assigned one, balanced on completed sessions ({@link org.moralbase.condition.ConditionBalance});
 * a model run asks one. The root package is the API; {@code domain} stores them, {@code ui} edits them.
 */
package org.moralbase.condition;
