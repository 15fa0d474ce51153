package org.moralbase.annotation;

import org.moralbase.annotation.domain.AnnotationMember;
import org.moralbase.annotation.domain.AnnotationMemberRepository;
import org.moralbase.annotation.domain.AnnotationProject;
import org.moralbase.annotation.domain.AnnotationProjectRepository;
import org.moralbase.security.CurrentUser;
import org.springframework.stereotype.Component;

/** Who may see a project: its owner and admins manage it; invited annotators work on it. */
@Component
class ProjectAccess {

    private final AnnotationProjectRepository projects;
    private final AnnotationMemberRepository members;
    private final CurrentUser currentUser;

    ProjectAccess(AnnotationProjectRepository projects, AnnotationMemberRepository members, CurrentUser currentUser) {
        this.projects = projects;
        this.members = members;
        this.currentUser = currentUser;
    }

    /** The project if the signed-in researcher owns it (or is an admin); otherwise not found. */
    AnnotationProject managed(long id) {
        return projects.findById(id)
                .filter(p -> currentUser.isAdmin() || p.getOwnerId() == currentUser.requireId())
                .orElseThrow(() -> new ProjectNotFoundException(id));
    }

    /** The signed-in annotator's membership; not found if they were not invited. */
    AnnotationMember membership(long projectId) {
        return members.findByProjectIdAndUserId(projectId, currentUser.requireId())
                .orElseThrow(() -> new ProjectNotFoundException(projectId));
    }

    long me() {
        return currentUser.requireId();
    }
}
