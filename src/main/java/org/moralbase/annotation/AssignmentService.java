package org.moralbase.annotation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.moralbase.annotation.domain.AnnotationMember;
import org.moralbase.annotation.domain.AnnotationProjectRepository;
import org.moralbase.base.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The invited annotator's side: the next item, answers, comprehension checks; the rules are {@link WorkFlow}'s,
 * shared with crowd workers ({@link CrowdWorkService}). Assignment and submission each run in
 * one transaction that first takes the project row's write lock ({@code SELECT … FOR UPDATE}), so concurrent
 * workers are served one at a time per project: counts read under the lock are current, no item exceeds k
 * (holds count), and the unique key (item, worker) makes the database refuse the same item twice to a worker.
 * The lock is the first statement on purpose: under MariaDB's REPEATABLE READ an earlier plain read would fix
 * the snapshot before the lock and the counts would be stale.
 */
@Service
@PreAuthorize(Roles.HAS_ANNOTATOR)
public class AssignmentService {

    private final AnnotationProjectRepository projects;
    private final WorkBriefs briefs;
    private final WorkFlow flow;
    private final ProjectAccess access;

    AssignmentService(AnnotationProjectRepository projects, WorkBriefs briefs, WorkFlow flow, ProjectAccess access) {
        this.projects = projects;
        this.briefs = briefs;
        this.flow = flow;
        this.access = access;
    }

    /** The projects the signed-in annotator was invited to. */
    @Transactional(readOnly = true)
    public List<WorkBrief> myProjects() {
        return projects.findForMember(access.me()).stream()
                .map(p -> briefs.brief(p, access.membership(p.getId())))
                .toList();
    }

    /** One project the signed-in annotator works on. */
    @Transactional(readOnly = true)
    public Optional<WorkBrief> brief(long projectId) {
        try {
            AnnotationMember member = access.membership(projectId);
            return projects.findById(projectId).map(p -> briefs.brief(p, member));
        } catch (ProjectNotFoundException e) {
            return Optional.empty();
        }
    }

    /** Answers the comprehension checks (check code → answer). */
    @Transactional
    public CheckOutcome answerChecks(long projectId, Map<String, String> given) {
        return flow.answerChecks(access.membership(projectId), given);
    }

    /**
     * The item the annotator holds, or a new one: the least-covered item they never had, if any is left under
     * k and under their cap. Holds older than the timeout are taken back first.
     */
    @Transactional
    public Optional<WorkItem> next(long projectId) {
        return flow.next(projectId, () -> access.membership(projectId));
    }

    /**
     * Stores the answers (question code → answer) to a held item. Every question must be answered.
     *
     * @throws IllegalArgumentException if an answer does not fit, or the item is no longer held
     */
    @Transactional
    public void submit(long projectId, long assignmentId, Map<String, String> given) {
        flow.submit(projectId, () -> access.membership(projectId), assignmentId, given);
    }
}
