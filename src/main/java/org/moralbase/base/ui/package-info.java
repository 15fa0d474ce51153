/**
 * The application shell: the researcher layout, the minimal participant layout, error pages and shared
 * components. See docs/architecture.md.
 */
package org.moralbase.base.ui;
