package org.moralbase.choicepair.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** A study's choice pairs. */
public interface StoredChoicePairRepository extends JpaRepository<StoredChoicePair, Long> {

    List<StoredChoicePair> findByStudyIdOrderById(long studyId);

    long countByStudyId(long studyId);

    /** Copies a study's choice pairs to another study, in their order, stored now; returns how many. */
    @Modifying
    @Query(
            value = "INSERT INTO choice_pair_item (version, study_id, item_key, source, source_format, context,"
                    + " option_a, option_b, metadata, created_at)"
                    + " SELECT 0, :to, item_key, source, source_format, context, option_a, option_b, metadata, :now"
                    + " FROM choice_pair_item WHERE study_id = :from ORDER BY id",
            nativeQuery = true)
    int copyItems(@Param("from") long from, @Param("to") long to, @Param("now") java.time.Instant now);
}
