package org.moralbase.audit.domain;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** Audit events, newest first. */
public interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    List<AuditEvent> findAllByOrderByIdDesc(Pageable page);

    List<AuditEvent> findByActionOrderByIdDesc(String action, Pageable page);

    List<AuditEvent> findByTargetTypeAndTargetIdOrderByIdDesc(String targetType, String targetId, Pageable page);

    long countByTargetTypeAndTargetIdAndAction(String targetType, String targetId, String action);
}
