package org.moralbase.dvb.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Quota cells of a study. */
public interface DvbConditionRepository extends JpaRepository<DvbCondition, Long> {

    List<DvbCondition> findByStudyIdOrderById(long studyId);

    /** Every cell of the study, locked for writing in id order (one order for all, so no deadlocks). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from DvbCondition c where c.studyId = :studyId order by c.id")
    List<DvbCondition> lockByStudyId(@Param("studyId") long studyId);
}
