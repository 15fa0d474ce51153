/** Researcher pages for annotation projects, and the annotator's work page. */
package org.moralbase.annotation.ui;
