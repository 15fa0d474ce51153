/** {@code moralbase generate mm}: synthetic {@code SharedResponses.csv} files of simulated respondents. */
package org.moralbase.cli.generate;
