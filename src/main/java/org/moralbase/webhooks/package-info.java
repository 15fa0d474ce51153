/**
 * Webhooks (issue 13, decision 0040): a study's outbound notifications when a session completes or is screened out,
 * the study reaches its target, or a model run ends. Each is stored in the transaction of the change it reports (an
 * outbox), signed as the Standard Webhooks specification says ({@link org.moralbase.webhooks.WebhookSigner}) and
 * sent by whichever node claims it first, retried with back-off until the receiver answers 2xx; the delivery log is
 * the same table. {@code ui} is the study's Webhooks page.
 */
package org.moralbase.webhooks;
