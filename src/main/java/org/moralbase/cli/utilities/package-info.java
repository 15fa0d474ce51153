/** {@code analyze utilities}: Thurstonian utilities of a long CSV of pairwise votes (stats.utility). */
package org.moralbase.cli.utilities;
