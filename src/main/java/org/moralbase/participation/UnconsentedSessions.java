package org.moralbase.participation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.moralbase.participation.domain.ParticipantSessionRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sessions opened and never agreed to would stay "active" for ever (a participant who read the consent page and
 * left): after {@code moralbase.participation.unconsented-expiry} (2 h) they end as abandoned, so counts, the monitor
 * and exports tell them apart from people still taking part. Checked every few minutes; safe on several servers at
 * once (one update, idempotent).
 */
@Component
public class UnconsentedSessions {

    private static final Logger log = LoggerFactory.getLogger(UnconsentedSessions.class);

    private final ParticipantSessionRepository sessions;
    private final Clock clock;
    private final Duration expiry;

    UnconsentedSessions(
            ParticipantSessionRepository sessions,
            Clock clock,
            @Value("${moralbase.participation.unconsented-expiry:2h}") Duration expiry) {
        this.sessions = sessions;
        this.clock = clock;
        this.expiry = expiry;
    }

    /**
     * Ends the sessions that have waited for consent longer than the expiry; returns how many. Runs on every node
     * of a cluster on purpose (decision 0036): one conditional UPDATE, idempotent, so a second node ends nothing
     * more and no lease is needed.
     */
    @Scheduled(
            initialDelayString = "${moralbase.participation.expiry-check:5m}",
            fixedDelayString = "${moralbase.participation.expiry-check:5m}")
    @Transactional
    public int expire() {
        Instant now = clock.instant();
        int ended = sessions.abandonUnconsented(now.minus(expiry), now);
        if (ended > 0) {
            log.info("{} session(s) without consent for {} ended as abandoned", ended, expiry);
        }
        return ended;
    }
}
