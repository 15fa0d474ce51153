/** The researcher's study list, study pages and recruitment (the same for every kind).
 * The pieces every kind's pages share ({@code StudyPages}, {@code StudyDownloads}) are a named interface.
 */
@NamedInterface("ui")
package org.moralbase.study.ui;

import org.springframework.modulith.NamedInterface;
