-- Webhook secret rotation (issue 13, decision 0040): after a rotation the previous secret still signs, beside the new
-- one, until previous_until, so receivers can switch without refusing a message (Standard Webhooks: several
-- space-separated signatures in webhook-signature).
ALTER TABLE webhook ADD COLUMN previous_secret_sealed VARCHAR(255) NULL;
ALTER TABLE webhook ADD COLUMN previous_until DATETIME(6) NULL;
