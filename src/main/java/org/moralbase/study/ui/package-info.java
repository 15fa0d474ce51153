/** The researcher's study list and study pages. */
package org.moralbase.study.ui;
