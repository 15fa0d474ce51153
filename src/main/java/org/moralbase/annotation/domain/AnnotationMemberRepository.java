package org.moralbase.annotation.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Who works on a project. */
public interface AnnotationMemberRepository extends JpaRepository<AnnotationMember, Long> {

    Optional<AnnotationMember> findByProjectIdAndUserId(long projectId, long userId);

    List<AnnotationMember> findByProjectIdOrderById(long projectId);

    Optional<AnnotationMember> findByProjectIdAndSourceAndExternalId(long projectId, String source, String externalId);

    Optional<AnnotationMember> findByPublicId(String publicId);
}
