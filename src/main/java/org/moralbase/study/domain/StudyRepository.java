package org.moralbase.study.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Studies, newest first, optionally only those an account may see. */
public interface StudyRepository extends JpaRepository<Study, Long> {

    @Query("select s from Study s where s.ownerId = :userId or :userId member of s.sharedWith order by s.id desc")
    List<Study> findVisibleTo(long userId, Pageable page);

    List<Study> findAllByOrderByIdDesc(Pageable page);

    Optional<Study> findByPublicCode(String publicCode);
}
