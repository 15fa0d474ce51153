package org.moralbase.webhooks;

/** Where a delivery is. */
public enum DeliveryStatus {
    /** Waiting for its first or next attempt. */
    PENDING,
    /** The receiver answered 2xx. */
    DELIVERED,
    /** Every attempt failed; "Redeliver" starts again. */
    FAILED
}
