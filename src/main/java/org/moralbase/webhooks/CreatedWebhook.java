package org.moralbase.webhooks;

/** A webhook just made, with its signing secret: shown this once, never again. */
public record CreatedWebhook(Webhook webhook, String secret) {}
