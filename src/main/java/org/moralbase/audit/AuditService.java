package org.moralbase.audit;

import java.time.Clock;
import java.util.List;
import org.moralbase.audit.domain.AuditEvent;
import org.moralbase.audit.domain.AuditEventRepository;
import org.moralbase.base.Roles;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records and lists audit events. Recording joins the caller's transaction, so a change and its audit line
 * are stored together or not at all.
 */
@Service
public class AuditService {

    /** Actor recorded when nobody is signed in (participants, start-up jobs). */
    public static final String ANONYMOUS = "anonymous";

    private final AuditEventRepository events;
    private final Clock clock;

    AuditService(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Records an action by the signed-in user (or {@value #ANONYMOUS}). */
    @Transactional
    public void record(AuditAction action, String targetType, Object targetId, String detail) {
        recordAs(currentActor(), action, targetType, targetId, detail);
    }

    /** Records an action by a named actor, for events outside a signed-in request (logins, start-up). */
    @Transactional
    public void recordAs(String actor, AuditAction action, String targetType, Object targetId, String detail) {
        String id = targetId == null ? null : String.valueOf(targetId);
        events.save(new AuditEvent(clock.instant(), truncate(actor, 100), action.name(), targetType, id, detail));
    }

    /**
     * How many events of one action are about one record (e.g. a study's erasures, which live aggregates on other
     * nodes compare); a count only, so no account check.
     */
    @Transactional(readOnly = true)
    public long count(AuditAction action, String targetType, Object targetId) {
        return events.countByTargetTypeAndTargetIdAndAction(targetType, String.valueOf(targetId), action.name());
    }

    /** The newest events first, optionally of one action. */
    @PreAuthorize(Roles.HAS_ADMIN)
    @Transactional(readOnly = true)
    public List<AuditEntry> list(AuditAction action, int offset, int limit) {
        PageRequest page = PageRequest.of(offset / Math.max(limit, 1), Math.max(limit, 1));
        List<AuditEvent> found = action == null
                ? events.findAllByOrderByIdDesc(page)
                : events.findByActionOrderByIdDesc(action.name(), page);
        return found.stream().map(AuditService::toEntry).toList();
    }

    /** The events about one record (e.g. a study), newest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> forTarget(String targetType, Object targetId, int limit) {
        return events
                .findByTargetTypeAndTargetIdOrderByIdDesc(
                        targetType, String.valueOf(targetId), PageRequest.of(0, Math.max(limit, 1)))
                .stream()
                .map(AuditService::toEntry)
                .toList();
    }

    private static AuditEntry toEntry(AuditEvent e) {
        return new AuditEntry(
                e.getId(),
                e.getOccurredAt(),
                e.getActor(),
                AuditAction.valueOf(e.getAction()),
                e.getTargetType(),
                e.getTargetId(),
                e.getDetail());
    }

    private static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getName())
                ? ANONYMOUS
                : auth.getName();
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
