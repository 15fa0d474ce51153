package org.moralbase.annotation.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Answers by assignment. */
public interface AnswerRepository extends JpaRepository<AnnotationAnswer, Long> {

    List<AnnotationAnswer> findByAssignmentIdIn(Collection<Long> assignmentIds);
}
