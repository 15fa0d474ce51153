package org.moralbase.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Back-off for failed logins (issue 17, item 8), kept in memory: per account and client address (after
 * {@code perAccount} failures) and per client address across accounts (after {@code perAddress}). Each failure past
 * the limit doubles the wait, from one second up to {@code cap}; a quiet {@code cap} forgets the count. Nobody can
 * lock an account out for anyone at another address: the account itself is never locked.
 */
final class LoginThrottle {

    private static final int MAX_ENTRIES = 100_000;

    private final Clock clock;
    private final int perAccount;
    private final int perAddress;
    private final Duration cap;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock, int perAccount, int perAddress, Duration cap) {
        this.clock = clock;
        this.perAccount = perAccount;
        this.perAddress = perAddress;
        this.cap = cap;
    }

    /** How long this account at this address must still wait before its next try (zero: go ahead). */
    Duration retryAfter(String username, String address) {
        Instant now = clock.instant();
        Duration a = remaining(accountKey(username, address), now);
        Duration b = remaining(addressKey(address), now);
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** Counts a failed try of this account from this address. */
    void failed(String username, String address) {
        Instant now = clock.instant();
        if (failures.size() > MAX_ENTRIES) {
            failures.values().removeIf(f -> f.until.isBefore(now)); // bounded memory under a spray of names
        }
        count(accountKey(username, address), perAccount, now);
        count(addressKey(address), perAddress, now);
    }

    /** Forgets this account's failures at this address (the address's own count stays). */
    void succeeded(String username, String address) {
        failures.remove(accountKey(username, address));
    }

    private void count(String key, int limit, Instant now) {
        failures.compute(key, (k, f) -> {
            int n = (f == null || f.last.plus(cap).isBefore(now)) ? 1 : f.count + 1;
            Instant until = n < limit ? now : now.plus(backOff(n - limit));
            return new Failures(n, now, until);
        });
    }

    private Duration backOff(int beyond) {
        Duration d = Duration.ofSeconds(1L << Math.min(beyond, 20));
        return d.compareTo(cap) > 0 ? cap : d;
    }

    private Duration remaining(String key, Instant now) {
        Failures f = failures.get(key);
        return f == null || !f.until.isAfter(now) ? Duration.ZERO : Duration.between(now, f.until);
    }

    private static String accountKey(String username, String address) {
        return "a:" + String.valueOf(username).strip().toLowerCase(Locale.ROOT) + "|" + address;
    }

    private static String addressKey(String address) {
        return "i:" + address;
    }

    private record Failures(int count, Instant last, Instant until) {}
}
