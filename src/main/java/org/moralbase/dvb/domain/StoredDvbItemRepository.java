package org.moralbase.dvb.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** A study's DVB items. */
public interface StoredDvbItemRepository extends JpaRepository<StoredDvbItem, Long> {

    List<StoredDvbItem> findByStudyIdOrderById(long studyId);

    long countByStudyId(long studyId);

    long countByStudyIdAndExamplesIsNotNull(long studyId);
}
