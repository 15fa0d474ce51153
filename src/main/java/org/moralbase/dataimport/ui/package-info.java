/** The Vaadin side of file imports, shared by every importer: an upload slot and the list of problems. */
package org.moralbase.dataimport.ui;
