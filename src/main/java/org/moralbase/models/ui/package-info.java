/** The model registry page, run start dialog and the live run page. Views talk to the models services only. */
package org.moralbase.models.ui;
