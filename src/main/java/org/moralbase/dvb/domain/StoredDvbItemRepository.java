package org.moralbase.dvb.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** A study's DVB items. */
public interface StoredDvbItemRepository extends JpaRepository<StoredDvbItem, Long> {

    /** The item columns a copy carries over (all but id, version, study and time). */
    String COLUMNS =
            "item_key, test_id, test_uid, context_correlation_pair, origin, n_training, value_preferred, value_less_preferred, value_set, value_preferred_definition, value_less_definition, shallow_dimension, shallow_preferred, shallow_less_preferred, context_name, context_activity, expected_choice, prompt, examples";

    List<StoredDvbItem> findByStudyIdOrderById(long studyId);

    long countByStudyId(long studyId);

    long countByStudyIdAndExamplesIsNotNull(long studyId);

    boolean existsByStudyIdAndItemKey(long studyId, String itemKey);

    /** Copies a study's items (with their examples) to another study, in their order, stored now; returns how many. */
    @Modifying
    @Query(
            value = "INSERT INTO dvb_item (version, study_id, created_at, " + COLUMNS + ")" + " SELECT 0, :to, :now, "
                    + COLUMNS + " FROM dvb_item WHERE study_id = :from ORDER BY id",
            nativeQuery = true)
    int copyItems(@Param("from") long from, @Param("to") long to, @Param("now") java.time.Instant now);
}
