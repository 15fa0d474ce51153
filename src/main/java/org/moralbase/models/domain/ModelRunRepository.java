package org.moralbase.models.domain;

import java.util.List;
import java.util.Optional;
import org.moralbase.models.RunStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Model runs. */
public interface ModelRunRepository extends JpaRepository<ModelRun, Long> {

    List<ModelRun> findByStatus(RunStatus status);

    /** The stored status, read fresh (the heartbeat follows pause and cancel stored by another node). */
    @Query("select r.status from ModelRun r where r.id = :id")
    Optional<RunStatus> findStatus(@Param("id") long id);

    List<ModelRun> findByStudyIdAndStatusOrderByIdDesc(Long studyId, RunStatus status);

    List<ModelRun> findAllByOrderByIdDesc(Pageable page);

    List<ModelRun> findByModelRefOrderByIdDesc(long modelRef, Pageable page);

    List<ModelRun> findByStudyIdOrderByIdDesc(long studyId);

    Optional<ModelRun> findByImportKey(String importKey);

    long countByStudyId(long studyId);

    /** The run an account started with this request key, if any. */
    Optional<ModelRun> findByCreatedByAndRequestKey(long createdBy, String requestKey);
}
