package org.moralbase.dvb.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Imported model answers of a study. */
public interface DvbModelResultRepository extends JpaRepository<DvbModelResult, Long> {

    List<DvbModelResult> findByStudyIdOrderById(long studyId);

    long countByStudyId(long studyId);
}
