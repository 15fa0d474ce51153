/** The researcher's study list, study pages and recruitment (the same for every kind). */
package org.moralbase.study.ui;
