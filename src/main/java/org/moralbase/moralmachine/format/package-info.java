/**
 * The {@code SharedResponses.csv} format of Awad 2018 (methods §1.5): its 41 columns, a streaming writer,
 * a fast streaming reader producing {@link org.moralbase.stats.amce.AmceRow}s for the AMCE estimators (on several
 * threads for plain files: docs/decisions/0007-parallel-amce-reading.md), and a
 * general reader giving every column for import. Plain or gzip files, RFC 4180 quoting, header-driven.
 * A named interface: the command line reads and writes this format too.
 */
@NamedInterface("format")
package org.moralbase.moralmachine.format;

import org.springframework.modulith.NamedInterface;
