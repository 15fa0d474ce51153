/**
 * {@code moralbase analyze scale-reliability}: Cronbach's alpha and McDonald's omega total per subscale of a
 * questionnaire (docs/methods.md, "Scale reliability"; decision 0026) from long-format answers and an item file.
 */
package org.moralbase.cli.reliability;
