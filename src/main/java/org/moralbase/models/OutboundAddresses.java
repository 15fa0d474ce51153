package org.moralbase.models;

import java.net.URI;
import java.util.Optional;
import org.moralbase.models.client.BaseUrls;

/**
 * The request-forgery rule of models' Base URLs (decision 0038) for other features' outbound requests (webhooks): no
 * loopback, private, link-local or metadata address unless an admin allowed the host in {@code setting}.
 */
public final class OutboundAddresses {

    private final BaseUrls rule;

    private OutboundAddresses(BaseUrls rule) {
        this.rule = rule;
    }

    /**
     * The rule with the hosts an admin allowed ({@code allowedHosts}, comma-separated), named in refusals by the
     * {@code setting} that allows them, saying that {@code sent} ("messages") are not sent there.
     */
    public static OutboundAddresses allowing(String allowedHosts, String setting, String sent) {
        return new OutboundAddresses(BaseUrls.allowing(allowedHosts, setting, sent));
    }

    /** Why nothing may be sent to this address now, or empty (a host that does not resolve now is not refused). */
    public Optional<String> problem(URI url) {
        return rule.problem(url);
    }
}
