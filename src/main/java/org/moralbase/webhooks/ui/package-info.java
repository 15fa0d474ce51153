/** The study's Webhooks page: add, test and remove webhooks, read their delivery log and redeliver. */
package org.moralbase.webhooks.ui;
