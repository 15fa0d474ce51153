package org.moralbase.annotation.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Items of a project, and the pick of the next item to assign. */
public interface AnnotationItemRepository extends JpaRepository<AnnotationItem, Long> {

    List<AnnotationItem> findByProjectIdOrderById(long projectId);

    long countByProjectId(long projectId);

    boolean existsByProjectIdAndItemKey(long projectId, String itemKey);

    /**
     * The least-covered items (active holds and answers count) that have fewer than k and that this worker
     * never had, in the project's shuffled order. Run only while holding the project lock.
     */
    @Query(
            value = "SELECT i.id FROM annotation_item i "
                    + "LEFT JOIN annotation_assignment a ON a.item_id = i.id AND a.status IN ('HELD', 'DONE') "
                    + "WHERE i.project_id = :projectId "
                    + "AND NOT EXISTS (SELECT 1 FROM annotation_assignment w WHERE w.item_id = i.id AND w.worker_id = :workerId) "
                    + "GROUP BY i.id, i.sort_key HAVING COUNT(a.id) < :k "
                    + "ORDER BY COUNT(a.id), i.sort_key, i.id LIMIT 1",
            nativeQuery = true)
    List<Long> pickLeastCovered(long projectId, long workerId, int k);
}
