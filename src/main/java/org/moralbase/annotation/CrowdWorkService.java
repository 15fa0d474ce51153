package org.moralbase.annotation;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.moralbase.annotation.domain.AnnotationMember;
import org.moralbase.annotation.domain.AnnotationMemberRepository;
import org.moralbase.annotation.domain.AnnotationProject;
import org.moralbase.annotation.domain.AnnotationProjectRepository;
import org.moralbase.annotation.domain.AssignmentRepository;
import org.moralbase.annotation.domain.AssignmentStatus;
import org.moralbase.participation.Arrival;
import org.moralbase.participation.ArrivalParser;
import org.moralbase.participation.BadLinkException;
import org.moralbase.participation.Source;
import org.moralbase.study.Recruitment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The crowd worker's side (Prolific, MTurk): no account, so no {@code @PreAuthorize}; the unguessable worker id
 * handed out at arrival is the access, like a participant session id. The same PROLIFIC_PID or MTurk workerId
 * arriving again gets the same worker back. Work follows the annotators' rules ({@link WorkFlow}).
 */
@Service
public class CrowdWorkService {

    private final AnnotationProjectRepository projects;
    private final AnnotationMemberRepository members;
    private final AssignmentRepository assignments;
    private final WorkBriefs briefs;
    private final WorkFlow flow;
    private final Clock clock;

    CrowdWorkService(
            AnnotationProjectRepository projects,
            AnnotationMemberRepository members,
            AssignmentRepository assignments,
            WorkBriefs briefs,
            WorkFlow flow,
            Clock clock) {
        this.projects = projects;
        this.members = members;
        this.assignments = assignments;
        this.briefs = briefs;
        this.flow = flow;
        this.clock = clock;
    }

    /** Reads the link's parameters with {@link ArrivalParser} and finds or creates the worker. */
    @Transactional
    public CrowdStart arrive(String code, Map<String, List<String>> parameters) {
        if (code == null || !code.matches("[A-Za-z0-9]{1,20}")) {
            return new CrowdStart.NotFound();
        }
        // the lock first: two tabs arriving at once must not both create the worker
        Optional<AnnotationProject> found =
                projects.lockByPublicCode(code).filter(p -> p.getCrowdRecruitment() != null);
        if (found.isEmpty()) {
            return new CrowdStart.NotFound();
        }
        AnnotationProject project = found.get();
        Arrival arrival;
        try {
            arrival = ArrivalParser.parse(Recruitment.valueOf(project.getCrowdRecruitment()), parameters);
        } catch (BadLinkException e) {
            return new CrowdStart.BadLink(
                    e.getMessage(), e.parameter(), e.problem().translationKey());
        }
        if (arrival.preview()) {
            return new CrowdStart.Preview();
        }
        AnnotationMember member = members.findByProjectIdAndSourceAndExternalId(
                        project.getId(), arrival.source().name(), arrival.externalId())
                .map(m -> {
                    m.arrivedAgain(arrival.externalStudyId(), arrival.externalSessionId(), arrival.submitTo());
                    return m;
                })
                .orElseGet(() -> members.save(AnnotationMember.crowd(
                        project.getId(),
                        arrival.source().name(),
                        arrival.externalId(),
                        arrival.externalStudyId(),
                        arrival.externalSessionId(),
                        arrival.submitTo(),
                        UUID.randomUUID().toString(),
                        clock.instant())));
        return new CrowdStart.Ready(member.getPublicId());
    }

    /** The project as the worker sees it; empty for an unknown worker id or a closed link. */
    @Transactional(readOnly = true)
    public Optional<WorkBrief> brief(String workerId) {
        return worker(workerId).flatMap(m -> projects.findById(m.getProjectId())
                .filter(p -> p.getCrowdRecruitment() != null)
                .map(p -> briefs.brief(p, m)));
    }

    /** Answers the comprehension and attention checks; a wrong screen-out answer ends the work. */
    @Transactional
    public CheckOutcome answerChecks(String workerId, Map<String, String> given) {
        return flow.answerChecks(required(workerId), given);
    }

    /** The held item or the next one, under the project's rules (k, never twice, cap, hold timeout). */
    @Transactional
    public Optional<WorkItem> next(long projectId, String workerId) {
        return flow.next(projectId, () -> required(workerId));
    }

    /** Stores the answers to a held item. */
    @Transactional
    public void submit(long projectId, String workerId, long assignmentId, Map<String, String> given) {
        flow.submit(projectId, () -> required(workerId), assignmentId, given);
    }

    /** How the worker's participation ends: the code to show and where to return. */
    @Transactional(readOnly = true)
    public CrowdEnd end(String workerId) {
        AnnotationMember m = required(workerId);
        AnnotationProject p = projects.findById(m.getProjectId()).orElseThrow();
        Source source = Source.valueOf(m.getSource());
        boolean mturk = source == Source.MTURK;
        String submitTo = mturk ? m.getSubmitTo() : null;
        String assignmentId = mturk ? m.getExternalSessionId() : null;
        if (m.isScreenedOut()) {
            return new CrowdEnd(CrowdEnd.Outcome.SCREENED_OUT, source, p.getScreenOutCode(), submitTo, assignmentId);
        }
        long done = assignments.countByProjectIdAndWorkerIdAndStatusIn(
                p.getId(), m.getId(), List.of(AssignmentStatus.DONE));
        return done > 0
                ? new CrowdEnd(CrowdEnd.Outcome.COMPLETED, source, p.getCompletionCode(), submitTo, assignmentId)
                : new CrowdEnd(CrowdEnd.Outcome.NOTHING_LEFT, source, null, null, null);
    }

    private Optional<AnnotationMember> worker(String workerId) {
        return workerId == null || workerId.length() != 36
                ? Optional.empty()
                : members.findByPublicId(workerId).filter(AnnotationMember::isCrowd);
    }

    private AnnotationMember required(String workerId) {
        return worker(workerId).orElseThrow(() -> new ProjectNotFoundException(0));
    }
}
