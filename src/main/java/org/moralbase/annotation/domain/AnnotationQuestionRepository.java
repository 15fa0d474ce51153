package org.moralbase.annotation.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Questions of a project, in position order. */
public interface AnnotationQuestionRepository extends JpaRepository<AnnotationQuestion, Long> {

    List<AnnotationQuestion> findByProjectIdAndComprehensionOrderByPosition(long projectId, boolean comprehension);

    List<AnnotationQuestion> findByProjectIdOrderByPosition(long projectId);
}
