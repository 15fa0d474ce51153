package org.moralbase.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.moralbase.api.domain.ApiToken;
import org.moralbase.api.domain.ApiTokenRepository;
import org.moralbase.audit.AuditAction;
import org.moralbase.audit.AuditService;
import org.moralbase.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens (decision 0023): {@code mb_} and 32 random bytes in URL-safe Base64, shown once; stored as
 * their SHA-256 (a fast hash is right for a secret of 256 random bits: there is nothing to guess), named, with an
 * expiry, revocable. Any signed-in account manages its own tokens; a token acts as its owner.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ApiTokenService {

    /** What every token starts with, so a leaked one is recognisable (secret scanners, logs). */
    public static final String PREFIX = "mb_";

    /** Longest lifetime a token may be given, in days. */
    public static final int MAX_DAYS = 365;

    /** The rule for a token's name. */
    public static final String NAME_RULE = "Name: 1–100 characters";

    /** The rule for a token's lifetime. */
    public static final String DAYS_RULE = "Expires in: 1 to " + MAX_DAYS + " days";

    private static final String TARGET = "api-token";

    // tokens need unpredictable bytes, not the seeded SeedSource that makes studies replayable
    private final SecureRandom random = new SecureRandom();
    private final ApiTokenRepository tokens;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    ApiTokenService(ApiTokenRepository tokens, CurrentUser currentUser, AuditService audit, Clock clock) {
        this.tokens = tokens;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Makes a token for the signed-in account; the answer is the only place its secret appears. */
    @Transactional
    public IssuedToken create(String name, int days) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 100) {
            throw new IllegalArgumentException(NAME_RULE);
        }
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException(DAYS_RULE);
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        ApiToken token = tokens.save(new ApiToken(
                currentUser.requireId(),
                clean,
                hash(secret),
                secret.substring(0, PREFIX.length() + 6),
                now,
                now.plus(Duration.ofDays(days))));
        audit.record(AuditAction.API_TOKEN_CREATED, TARGET, token.getId(), "\"" + clean + "\", " + days + " days");
        return new IssuedToken(token.getId(), clean, secret, token.getExpiresAt());
    }

    /** The signed-in account's tokens, newest first. */
    @Transactional(readOnly = true)
    public List<TokenSummary> listOwn() {
        Instant now = clock.instant();
        return tokens.findByOwnerIdOrderByIdDesc(currentUser.requireId()).stream()
                .map(t -> new TokenSummary(
                        t.getId(),
                        t.getName(),
                        t.getTokenPrefix(),
                        t.getCreatedAt(),
                        t.getExpiresAt(),
                        t.getRevokedAt(),
                        t.getLastUsedAt(),
                        t.isUsableAt(now)))
                .toList();
    }

    /** Revokes one of the signed-in account's tokens; another account's token is as unknown as none. */
    @Transactional
    public void revoke(long id) {
        ApiToken token = tokens.findById(id)
                .filter(t -> t.getOwnerId() == currentUser.requireId())
                .orElseThrow(() -> new IllegalArgumentException("No token with id " + id));
        if (token.getRevokedAt() == null) {
            token.revoke(clock.instant());
            audit.record(AuditAction.API_TOKEN_REVOKED, TARGET, id, "\"" + token.getName() + "\"");
        }
    }

    /**
     * The token a request presents, if it is one of ours, unrevoked and unexpired; notes its use. Called before
     * anyone is signed in (by the API's filter chain), hence open to all.
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public Optional<TokenUse> use(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 200) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findByTokenHash(hash(secret))
                .filter(t -> t.isUsableAt(now))
                .map(t -> {
                    t.usedAt(now);
                    return new TokenUse(t.getId(), t.getName(), t.getOwnerId());
                });
    }

    private static String hash(String secret) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
