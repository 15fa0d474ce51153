package org.moralbase.models.client;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which addresses a model's key may be sent to (request forgery, issue 17): http or https only, and never to a
 * loopback, link-local (169.254/16 with the cloud metadata address, fe80::/10), private (10/8, 172.16/12, 192.168/16,
 * fc00::/7), shared (100.64/10), "this network" (0/8), any-local or multicast address, unless an admin allowed the
 * host ({@code MORALBASE_MODELS_ALLOWED_HOSTS}: host names as written in Base URL, or IP addresses). The registry
 * checks a Base URL when it is saved; the transport checks the host's current addresses again right before each
 * request, so a name that later resolves to a private address is refused too.
 */
public final class BaseUrls {

    private final Set<String> allowedHosts;
    private final String setting;
    private final String sent;

    private BaseUrls(Set<String> allowedHosts, String setting, String sent) {
        this.allowedHosts = allowedHosts;
        this.setting = setting;
        this.sent = sent;
    }

    /** An allowlist for models' keys from a comma-separated setting (blank: none; names compare without case). */
    public static BaseUrls allowing(String commaSeparated) {
        return allowing(commaSeparated, "MORALBASE_MODELS_ALLOWED_HOSTS", "keys");
    }

    /**
     * The same rule for other outbound requests (webhooks): {@code setting} names the allowlist's variable and
     * {@code sent} what is not sent ("messages") in refusals.
     */
    public static BaseUrls allowing(String commaSeparated, String setting, String sent) {
        String list = commaSeparated == null ? "" : commaSeparated;
        return new BaseUrls(
                Arrays.stream(list.split(","))
                        .map(h -> canonical(normal(h.strip())))
                        .filter(h -> !h.isEmpty())
                        .collect(Collectors.toUnmodifiableSet()),
                setting,
                sent);
    }

    /**
     * Why a key must not be sent to this address, or empty when it may. A host that cannot be resolved now is not a
     * problem here (the call fails on its own, and is checked again then).
     */
    public Optional<String> problem(URI url) {
        try {
            return resolvedProblem(url);
        } catch (UnknownHostException unknown) {
            return Optional.empty();
        }
    }

    /** The check right before sending: an address that cannot be resolved is a network failure. */
    void checkBeforeSending(URI url) {
        Optional<String> problem;
        try {
            problem = resolvedProblem(url);
        } catch (UnknownHostException unknown) {
            throw new TransportFailure(FailureType.NETWORK, "unknown host " + url.getHost());
        }
        problem.ifPresent(why -> {
            throw new TransportFailure(FailureType.CLIENT_ERROR, "Not sent: " + why);
        });
    }

    private Optional<String> resolvedProblem(URI url) throws UnknownHostException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("only http and https addresses are allowed");
        }
        String host = url.getHost() == null ? "" : normal(url.getHost());
        if (host.isEmpty()) {
            return Optional.of("the address names no host");
        }
        if (allowedHosts.contains(host)) {
            return Optional.empty();
        }
        for (InetAddress address : InetAddress.getAllByName(host)) {
            String kind = internal(address);
            if (kind != null && !allowedHosts.contains(normal(address.getHostAddress()))) {
                String at = host.equals(normal(address.getHostAddress()))
                        ? host + " is"
                        : host + " is at " + address.getHostAddress() + ",";
                return Optional.of(at + (kind.startsWith("a") ? " an " : " a ") + kind
                        + " address; " + sent + " are not sent there unless an admin allows the host"
                        + " (" + setting + ")");
            }
        }
        return Optional.empty();
    }

    /** What kind of internal address this is, or null for a public one. */
    static String internal(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return "loopback";
        }
        if (address.isAnyLocalAddress()) {
            return "any-local";
        }
        if (address.isLinkLocalAddress()) {
            return "link-local (cloud metadata)";
        }
        if (address.isSiteLocalAddress()) {
            return "private";
        }
        if (address.isMulticastAddress()) {
            return "multicast";
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            if (first == 0) {
                return "this-network";
            }
            if (first == 100 && second >= 64 && second <= 127) {
                return "shared (carrier-grade NAT)";
            }
            if (first == 198 && (second == 18 || second == 19) || first >= 240) {
                return "reserved";
            }
            return null;
        }
        if (address instanceof Inet6Address v6) {
            if ((b[0] & 0xfe) == 0xfc) {
                return "private (unique local)";
            }
            if (v6.isIPv4CompatibleAddress() || isNat64(b)) {
                return embeddedV4(b);
            }
        }
        return null;
    }

    private static boolean isNat64(byte[] b) {
        // 64:ff9b::/96 carries an IPv4 address in its last four bytes
        if ((b[0] & 0xff) != 0 || (b[1] & 0xff) != 0x64 || (b[2] & 0xff) != 0xff || (b[3] & 0xff) != 0x9b) {
            return false;
        }
        for (int i = 4; i < 12; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static String embeddedV4(byte[] b) {
        try {
            return internal(InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16)));
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    // an IP literal in the allowlist compares as the JDK writes resolved addresses (::1 as 0:0:0:0:0:0:0:1)
    private static String canonical(String host) {
        if (host.matches("[0-9.]+") || host.contains(":")) {
            try {
                return normal(InetAddress.getByName(host).getHostAddress());
            } catch (UnknownHostException notAnAddress) {
                return host;
            }
        }
        return host;
    }

    private static String normal(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }
}
