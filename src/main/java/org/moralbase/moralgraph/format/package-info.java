/**
 * MGE's JSON shapes (docs/formats.md, "Moral graph"): raw vote records ({@link
 * org.moralbase.moralgraph.format.VoteFiles}) and the graph summary with its value cards ({@link
 * org.moralbase.moralgraph.format.GraphFiles}). Reading is all-or-nothing with every problem named by element and
 * field ({@link org.moralbase.dataimport.ImportException}); writing gives MGE's summary shape. Plain Java (Jackson),
 * no Spring or JPA. A named interface: the command line and the values-card kind read and write these files.
 */
@NamedInterface("format")
package org.moralbase.moralgraph.format;

import org.springframework.modulith.NamedInterface;
