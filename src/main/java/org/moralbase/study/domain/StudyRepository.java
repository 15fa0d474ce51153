package org.moralbase.study.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Studies, newest first, optionally only those an account may see. */
public interface StudyRepository extends JpaRepository<Study, Long> {

    /** Pairs (study id, its own retention in days or null) of every study. */
    @Query("select s.id, s.retentionDays from Study s")
    java.util.List<Object[]> retentionDays();

    /** The studies in use an account owns or was shared, newest first. */
    @Query("select s from Study s where (s.ownerId = :userId or :userId member of s.sharedWith)"
            + " and s.archivedAt is null order by s.id desc")
    List<Study> findInUseVisibleTo(long userId, Pageable page);

    /** The archived studies an account owns or was shared, newest first. */
    @Query("select s from Study s where (s.ownerId = :userId or :userId member of s.sharedWith)"
            + " and s.archivedAt is not null order by s.id desc")
    List<Study> findArchivedVisibleTo(long userId, Pageable page);

    /** Every study in use, newest first. */
    List<Study> findByArchivedAtIsNullOrderByIdDesc(Pageable page);

    /** Every archived study, newest first. */
    List<Study> findByArchivedAtIsNotNullOrderByIdDesc(Pageable page);

    /** The study an account created with this request key, if any. */
    Optional<Study> findByOwnerIdAndRequestKey(long ownerId, String requestKey);

    Optional<Study> findByPublicCode(String publicCode);
}
