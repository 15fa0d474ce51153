package org.moralbase.webhooks;

/** A webhook or delivery that is not the study's, or of a study one may not see; the API answers 404. */
public class WebhookNotFoundException extends RuntimeException {

    public WebhookNotFoundException(String message) {
        super(message);
    }
}
