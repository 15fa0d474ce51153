package org.moralbase.moralgraph.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The edges of a study's imported graph. */
public interface EdgeRepository extends JpaRepository<Edge, Long> {

    List<Edge> findByStudyIdOrderById(long studyId);

    long countByStudyId(long studyId);
}
