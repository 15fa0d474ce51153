package org.moralbase.utility.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** A utility study's outcomes, in the order imported (by id). */
public interface OutcomeRepository extends JpaRepository<Outcome, Long> {

    List<Outcome> findByStudyIdOrderById(long studyId);

    long countByStudyId(long studyId);

    /** Copies a study's outcomes to a duplicate, in their order. */
    @Modifying
    @Query(
            value = "INSERT INTO utility_outcome (version, study_id, outcome_key, description, category, created_at)"
                    + " SELECT 0, :to, outcome_key, description, category, :now FROM utility_outcome"
                    + " WHERE study_id = :from ORDER BY id",
            nativeQuery = true)
    int copyOutcomes(@Param("from") long from, @Param("to") long to, @Param("now") Instant now);
}
