/** {@code analyze moral-graph}: MGE's moral graph of transition votes or of a graph file (stats.moralgraph). */
package org.moralbase.cli.moralgraph;
