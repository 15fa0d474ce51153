/** Researcher pages for annotation projects, the annotator's work page, and the crowd worker's link and work page. */
package org.moralbase.annotation.ui;
