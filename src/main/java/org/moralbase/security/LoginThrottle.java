package org.moralbase.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Back-off for failed logins (issue 17, item 8), kept in memory on this node: per account and client address (after
 * {@code perAccount} failures), per client address across accounts (after {@code perAddress}) and per account across
 * addresses (after {@code acrossAddresses}, against a distributed guesser). Each failure past a limit doubles the
 * wait, from one second up to {@code cap} ({@code acrossCap} for the account across addresses, short on purpose); a
 * quiet {@code cap} forgets the count. The account across addresses does not hold back an address the account signed
 * in from before (its last {@value #KNOWN_PER_ACCOUNT}), so a guesser elsewhere cannot keep the real user out
 * (decision 0035); the account itself is never locked.
 */
final class LoginThrottle {

    private static final int MAX_ENTRIES = 100_000;
    static final int KNOWN_PER_ACCOUNT = 10;

    private final Clock clock;
    private final int perAccount;
    private final int perAddress;
    private final int acrossAddresses;
    private final Duration cap;
    private final Duration acrossCap;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> knownAddresses = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock, int perAccount, int perAddress, int acrossAddresses, Duration cap, Duration acrossCap) {
        this.clock = clock;
        this.perAccount = perAccount;
        this.perAddress = perAddress;
        this.acrossAddresses = acrossAddresses;
        this.cap = cap;
        this.acrossCap = acrossCap;
    }

    /** How long this account at this address must still wait before its next try (zero: go ahead). */
    Duration retryAfter(String username, String address) {
        Instant now = clock.instant();
        Duration a = remaining(accountKey(username, address), now);
        Duration b = remaining(addressKey(address), now);
        Duration c = isKnown(username, address) ? Duration.ZERO : remaining(userKey(username), now);
        return max(max(a, b), c);
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** Counts a failed try of this account from this address. */
    void failed(String username, String address) {
        Instant now = clock.instant();
        if (failures.size() > MAX_ENTRIES) {
            failures.values().removeIf(f -> f.until.isBefore(now)); // bounded memory under a spray of names
        }
        count(accountKey(username, address), perAccount, cap, now);
        count(addressKey(address), perAddress, cap, now);
        count(userKey(username), acrossAddresses, acrossCap, now);
    }

    /**
     * Forgets this account's failures at this address (the address's and the account's counts across addresses stay)
     * and remembers the address as one the account signs in from.
     */
    void succeeded(String username, String address) {
        failures.remove(accountKey(username, address));
        if (knownAddresses.size() > MAX_ENTRIES) {
            knownAddresses.clear(); // bounded memory; the cost is one short wait for a real user
        }
        knownAddresses.compute(normal(username), (k, known) -> {
            Set<String> next = known == null ? new LinkedHashSet<>() : new LinkedHashSet<>(known);
            next.remove(address);
            next.add(address);
            while (next.size() > KNOWN_PER_ACCOUNT) {
                next.remove(next.iterator().next());
            }
            return next;
        });
    }

    private boolean isKnown(String username, String address) {
        Set<String> known = knownAddresses.get(normal(username));
        return known != null && known.contains(address);
    }

    private void count(String key, int limit, Duration longest, Instant now) {
        failures.compute(key, (k, f) -> {
            int n = (f == null || f.last.plus(cap).isBefore(now)) ? 1 : f.count + 1;
            Instant until = n < limit ? now : now.plus(backOff(n - limit, longest));
            return new Failures(n, now, until);
        });
    }

    private static Duration backOff(int beyond, Duration longest) {
        Duration d = Duration.ofSeconds(1L << Math.min(beyond, 20));
        return d.compareTo(longest) > 0 ? longest : d;
    }

    private Duration remaining(String key, Instant now) {
        Failures f = failures.get(key);
        return f == null || !f.until.isAfter(now) ? Duration.ZERO : Duration.between(now, f.until);
    }

    private static String accountKey(String username, String address) {
        return "a:" + normal(username) + "|" + address;
    }

    private static String userKey(String username) {
        return "u:" + normal(username);
    }

    private static String normal(String username) {
        return String.valueOf(username).strip().toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "i:" + address;
    }

    private record Failures(int count, Instant last, Instant until) {}
}
