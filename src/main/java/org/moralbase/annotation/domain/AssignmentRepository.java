package org.moralbase.annotation.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Assignments: holds, answers, and expiry of stale holds. */
public interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Assignment a set a.status = org.moralbase.annotation.domain.AssignmentStatus.EXPIRED "
            + "where a.projectId = :projectId and a.status = org.moralbase.annotation.domain.AssignmentStatus.HELD "
            + "and a.assignedAt < :cutoff")
    int expireHolds(long projectId, Instant cutoff);

    Optional<Assignment> findFirstByProjectIdAndWorkerIdAndStatus(
            long projectId, long workerId, AssignmentStatus status);

    long countByProjectIdAndWorkerIdAndStatusIn(long projectId, long workerId, Collection<AssignmentStatus> statuses);

    long countByProjectIdAndStatus(long projectId, AssignmentStatus status);

    List<Assignment> findByProjectIdAndStatus(long projectId, AssignmentStatus status);
}
