package org.moralbase.annotation.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Projects; {@link #lockById} is {@code SELECT … FOR UPDATE}, the assignment lock. */
public interface AnnotationProjectRepository extends JpaRepository<AnnotationProject, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from AnnotationProject p where p.id = :id")
    Optional<AnnotationProject> lockById(long id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from AnnotationProject p where p.publicCode = :code")
    Optional<AnnotationProject> lockByPublicCode(String code);

    List<AnnotationProject> findByOwnerIdOrderByIdDesc(long ownerId);

    Optional<AnnotationProject> findByOwnerIdAndRequestKey(long ownerId, String requestKey);

    List<AnnotationProject> findAllByOrderByIdDesc();

    @Query("select p from AnnotationProject p where p.id in "
            + "(select m.projectId from AnnotationMember m where m.userId = :userId) order by p.id desc")
    List<AnnotationProject> findForMember(long userId);
}
