package org.moralbase.questionnaire.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** A questionnaire's items, in bank order (by id). */
public interface QuestionnaireItemRepository extends JpaRepository<QuestionnaireItem, Long> {

    List<QuestionnaireItem> findByStudyIdOrderById(long studyId);

    long countByStudyId(long studyId);

    /** Copies a study's items to a duplicate, in their order. */
    @Modifying
    @Query(
            value = "INSERT INTO questionnaire_item (version, study_id, item_key, text, scale_name, scale_labels,"
                    + " subscale, reverse_keyed, block, attention_point, created_at)"
                    + " SELECT 0, :to, item_key, text, scale_name, scale_labels, subscale, reverse_keyed, block,"
                    + " attention_point, :now FROM questionnaire_item WHERE study_id = :from ORDER BY id",
            nativeQuery = true)
    int copyItems(@Param("from") long from, @Param("to") long to, @Param("now") Instant now);
}
