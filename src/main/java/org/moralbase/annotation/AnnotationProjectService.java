package org.moralbase.annotation;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.moralbase.annotation.domain.AnnotationItemRepository;
import org.moralbase.annotation.domain.AnnotationMember;
import org.moralbase.annotation.domain.AnnotationMemberRepository;
import org.moralbase.annotation.domain.AnnotationProject;
import org.moralbase.annotation.domain.AnnotationProjectRepository;
import org.moralbase.annotation.domain.AnnotationQuestion;
import org.moralbase.annotation.domain.AnnotationQuestionRepository;
import org.moralbase.annotation.domain.AssignmentRepository;
import org.moralbase.annotation.domain.AssignmentStatus;
import org.moralbase.audit.AuditAction;
import org.moralbase.audit.AuditService;
import org.moralbase.base.Roles;
import org.moralbase.base.SeedSource;
import org.moralbase.security.AccountDirectory;
import org.moralbase.security.AccountRef;
import org.moralbase.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating and configuring annotation projects: settings, questions, comprehension checks, annotators. */
@Service
@PreAuthorize(Roles.HAS_RESEARCHER)
public class AnnotationProjectService {

    static final String TARGET = "annotation_project";

    private final AnnotationProjectRepository projects;
    private final AnnotationQuestionRepository questions;
    private final AnnotationItemRepository items;
    private final AnnotationMemberRepository members;
    private final AssignmentRepository assignments;
    private final ProjectAccess access;
    private final ProjectData data;
    private final CurrentUser currentUser;
    private final AccountDirectory directory;
    private final AuditService audit;
    private final SeedSource seeds;
    private final Clock clock;

    AnnotationProjectService(
            AnnotationProjectRepository projects,
            AnnotationQuestionRepository questions,
            AnnotationItemRepository items,
            AnnotationMemberRepository members,
            AssignmentRepository assignments,
            ProjectAccess access,
            ProjectData data,
            CurrentUser currentUser,
            AccountDirectory directory,
            AuditService audit,
            SeedSource seeds,
            Clock clock) {
        this.projects = projects;
        this.questions = questions;
        this.items = items;
        this.members = members;
        this.assignments = assignments;
        this.access = access;
        this.data = data;
        this.currentUser = currentUser;
        this.directory = directory;
        this.audit = audit;
        this.seeds = seeds;
        this.clock = clock;
    }

    /** Creates a project owned by the signed-in researcher, with the template's settings and questions. */
    @Transactional
    public ProjectSummary create(String title, ProjectTemplate template) {
        return create(title, template, null);
    }

    /**
     * Creates a project once per request: a replay of the same request key by the same account (a second click that
     * slipped through, a script retrying) returns the project the first one made instead of a twin.
     *
     * @param requestKey the caller's key for this request (the page makes one when it opens), or {@code null}
     */
    @Transactional
    public ProjectSummary create(String title, ProjectTemplate template, String requestKey) {
        ProjectSettings settings = template.settings(title);
        if (requestKey != null) {
            if (requestKey.isBlank() || requestKey.length() > 64) {
                throw new IllegalArgumentException("Request key: 1 to 64 characters");
            }
            Optional<AnnotationProject> made = projects.findByOwnerIdAndRequestKey(currentUser.requireId(), requestKey);
            if (made.isPresent()) {
                return summary(made.get());
            }
        }
        AnnotationProject fresh =
                new AnnotationProject(settings.title(), currentUser.requireId(), seeds.nextSeed(), clock.instant());
        fresh.setRequestKey(requestKey);
        AnnotationProject project = projects.save(fresh);
        apply(project, settings);
        int position = 0;
        for (QuestionSpec q : template.questions()) {
            questions.save(new AnnotationQuestion(project.getId(), position++, false, q));
        }
        for (QuestionSpec q : template.checks()) {
            questions.save(new AnnotationQuestion(project.getId(), position++, true, q));
        }
        audit.record(AuditAction.STUDY_CREATED, TARGET, project.getId(), template + " \"" + settings.title() + "\"");
        return summary(project);
    }

    /** The projects the signed-in researcher owns (all for an admin), newest first. */
    @Transactional(readOnly = true)
    public List<ProjectSummary> list() {
        List<AnnotationProject> found = currentUser.isAdmin()
                ? projects.findAllByOrderByIdDesc()
                : projects.findByOwnerIdOrderByIdDesc(currentUser.requireId());
        return found.stream().map(this::summary).toList();
    }

    /** One project, if the signed-in researcher manages it. */
    @Transactional(readOnly = true)
    public Optional<ProjectSummary> find(long id) {
        try {
            return Optional.of(summary(access.managed(id)));
        } catch (ProjectNotFoundException e) {
            return Optional.empty();
        }
    }

    /** Changes title, instructions, worked example, k, cap and hold timeout. */
    @Transactional
    public ProjectSummary update(long id, ProjectSettings settings) {
        AnnotationProject project = access.managed(id);
        apply(project, settings);
        audit.record(AuditAction.STUDY_UPDATED, TARGET, id, "settings k=" + settings.judgementsPerItem());
        return summary(project);
    }

    /**
     * Adds an item question or a comprehension check. Questions are fixed once judgements exist, so every
     * judgement answers the same questions.
     */
    @Transactional
    public ProjectSummary addQuestion(long id, QuestionSpec spec, boolean comprehension) {
        AnnotationProject project = access.managed(id);
        List<AnnotationQuestion> existing = questions.findByProjectIdOrderByPosition(id);
        if (!comprehension && assignments.countByProjectIdAndStatus(id, AssignmentStatus.DONE) > 0) {
            throw new IllegalArgumentException("Questions: judgements exist already; start a new project to ask more");
        }
        if (comprehension
                && (spec.correctAnswer() == null || !spec.keyedAnswers().contains(spec.correctAnswer()))) {
            throw new IllegalArgumentException("Correct answer: must be one of the options");
        }
        if (existing.stream()
                .anyMatch(
                        q -> q.isComprehension() == comprehension && q.getCode().equals(spec.code()))) {
            throw new IllegalArgumentException("Code: '" + spec.code() + "' is used already");
        }
        questions.save(new AnnotationQuestion(id, existing.size(), comprehension, spec));
        audit.record(AuditAction.STUDY_UPDATED, TARGET, id, (comprehension ? "check " : "question ") + spec.code());
        return summary(project);
    }

    /** Invites an annotator by username. */
    @Transactional
    public void invite(long id, String username) {
        access.managed(id);
        AccountRef annotator = directory
                .findAnnotator(username)
                .orElseThrow(() -> new IllegalArgumentException("Invite: "
                        + directory.whyNot(username, Roles.ANNOTATOR).orElse("no annotator named '" + username + "'")));
        if (members.findByProjectIdAndUserId(id, annotator.id()).isEmpty()) {
            members.save(new AnnotationMember(id, annotator.id(), clock.instant()));
            audit.record(AuditAction.STUDY_SHARED, TARGET, id, "annotator " + annotator.username());
        }
    }

    /** The project's annotators, in invitation order. */
    @Transactional(readOnly = true)
    public List<MemberView> members(long id) {
        access.managed(id);
        List<AnnotationMember> found = members.findByProjectIdOrderById(id);
        Map<Long, String> names = data.memberNames(found);
        return found.stream()
                .map(m -> new MemberView(
                        m.getId(),
                        names.get(m.getId()),
                        m.isCrowd(),
                        m.isChecksPassed(),
                        m.isScreenedOut(),
                        m.isExcluded()))
                .toList();
    }

    private static void apply(AnnotationProject project, ProjectSettings s) {
        project.configure(
                s.title(),
                s.instructions(),
                s.workedExample(),
                s.judgementsPerItem(),
                s.workerCap(),
                s.holdTimeoutSeconds());
    }

    ProjectSummary summary(AnnotationProject p) {
        List<AnnotationQuestion> all = questions.findByProjectIdOrderByPosition(p.getId());
        String owner = Optional.ofNullable(
                        directory.byIds(Set.of(p.getOwnerId())).get(p.getOwnerId()))
                .map(AccountRef::displayName)
                .orElse("?");
        return new ProjectSummary(
                p.getId(),
                new ProjectSettings(
                        p.getTitle(),
                        p.getInstructions(),
                        p.getWorkedExample(),
                        p.getJudgementsPerItem(),
                        p.getWorkerCap(),
                        p.getHoldTimeoutSeconds()),
                owner,
                items.countByProjectId(p.getId()),
                assignments.countByProjectIdAndStatus(p.getId(), AssignmentStatus.DONE),
                all.stream()
                        .filter(q -> !q.isComprehension())
                        .map(AnnotationQuestion::toSpec)
                        .toList(),
                all.stream()
                        .filter(AnnotationQuestion::isComprehension)
                        .map(AnnotationQuestion::toSpec)
                        .toList(),
                p.getRandomSeed());
    }
}
