package org.moralbase.moralgraph.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The edges of a study's imported graph. */
public interface ImportedEdgeRepository extends JpaRepository<ImportedEdge, Long> {

    List<ImportedEdge> findByStudyIdOrderById(long studyId);

    long countByStudyId(long studyId);
}
