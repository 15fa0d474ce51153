package org.moralbase.study;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.moralbase.audit.AuditAction;
import org.moralbase.audit.AuditService;
import org.moralbase.base.Roles;
import org.moralbase.base.SeedSource;
import org.moralbase.security.AccountDirectory;
import org.moralbase.security.AccountRef;
import org.moralbase.security.CurrentUser;
import org.moralbase.study.domain.Study;
import org.moralbase.study.domain.StudyRepository;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, listing, sharing and closing studies. Every read and write checks that the signed-in account may
 * see the study; a study one may not see is reported as absent, never as forbidden, so ids reveal nothing.
 */
@Service
@PreAuthorize(Roles.HAS_RESEARCHER)
public class StudyService {

    /** The rule for a study's title, in the words forms and refusals use. */
    public static final String TITLE_RULE = "Title: 1–200 characters";

    /** The rule for a study's kind. */
    public static final String KIND_RULE = "Kind: choose what the study asks";

    private static final String TARGET = "study";

    private final StudyRepository studies;
    private final CurrentUser currentUser;
    private final AccountDirectory directory;
    private final AuditService audit;
    private final SeedSource seeds;
    private final Clock clock;
    private final StudyKinds kinds;

    StudyService(
            StudyRepository studies,
            CurrentUser currentUser,
            AccountDirectory directory,
            AuditService audit,
            SeedSource seeds,
            Clock clock,
            StudyKinds kinds) {
        this.studies = studies;
        this.currentUser = currentUser;
        this.directory = directory;
        this.audit = audit;
        this.seeds = seeds;
        this.clock = clock;
        this.kinds = kinds;
    }

    /** Creates a draft study of a registered kind ({@link StudyKinds}) owned by the signed-in account, with a fresh seed. */
    @Transactional
    public StudySummary create(String title, String kind) {
        String clean = title == null ? "" : title.strip();
        if (clean.isEmpty() || clean.length() > 200) {
            throw new IllegalArgumentException(TITLE_RULE);
        }
        if (kinds.find(kind).isEmpty()) {
            throw new IllegalArgumentException(KIND_RULE);
        }
        Study study = studies.save(
                new Study(seeds.nextCode(12), kind, clean, currentUser.requireId(), seeds.nextSeed(), clock.instant()));
        audit.record(AuditAction.STUDY_CREATED, TARGET, study.getId(), kind + " \"" + clean + "\"");
        return summaries(List.of(study)).getFirst();
    }

    /** The studies the signed-in account may see (all for an admin), newest first. */
    @Transactional(readOnly = true)
    public List<StudySummary> list(int offset, int limit) {
        int size = Math.max(limit, 1);
        PageRequest page = PageRequest.of(offset / size, size);
        List<Study> found = currentUser.isAdmin()
                ? studies.findAllByOrderByIdDesc(page)
                : studies.findVisibleTo(currentUser.requireId(), page);
        return summaries(found);
    }

    /**
     * The study, if the signed-in account may see it and it is of this kind.
     *
     * @throws StudyNotFoundException otherwise (another kind is as unknown as a study one may not see)
     */
    @Transactional(readOnly = true)
    public StudySummary require(long id, String kind) {
        return find(id).filter(s -> s.kind().equals(kind)).orElseThrow(() -> new StudyNotFoundException(id));
    }

    /** One study, if the signed-in account may see it. */
    @Transactional(readOnly = true)
    public Optional<StudySummary> find(long id) {
        return visible(id).map(s -> summaries(List.of(s)).getFirst());
    }

    /**
     * Opens, closes or reopens a study. A study is not opened while participants would find nothing to answer
     * ({@link #openingProblems}).
     */
    @Transactional
    public StudySummary setStatus(long id, StudyStatus status) {
        Study study = require(id);
        if (status == StudyStatus.OPEN) {
            List<String> problems = problems(study);
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException("Not opened: " + String.join(" ", problems));
            }
        }
        StudyStatus before = study.getStatus();
        study.setStatus(status, clock.instant());
        audit.record(AuditAction.STUDY_STATUS_CHANGED, TARGET, id, before + " -> " + status);
        return summaries(List.of(study)).getFirst();
    }

    /** Why participants would find nothing to answer if the study opened now; empty when they would. */
    @Transactional(readOnly = true)
    public List<String> openingProblems(long id) {
        return problems(require(id));
    }

    private List<String> problems(Study study) {
        return kinds.find(study.getKind())
                .map(k -> k.openingProblem(study.getId()).stream().toList())
                .orElse(List.of("This kind of study (" + study.getKind() + ") is not installed."));
    }

    /** Sets where participants come from, how many, and the completion codes. */
    @Transactional
    public StudySummary updateRecruitment(long id, RecruitmentSettings recruitment) {
        Study study = require(id);
        study.setRecruitmentSettings(recruitment, clock.instant());
        audit.record(AuditAction.STUDY_UPDATED, TARGET, id, "recruitment " + recruitment.recruitment());
        return summaries(List.of(study)).getFirst();
    }

    /**
     * Replaces the kind-specific settings (a JSON document the study's kind defines). Only drafts may change
     * them: once participants took part, their items must stay reproducible from the settings they saw.
     */
    @Transactional
    public StudySummary updateSettings(long id, String settingsJson) {
        Study study = require(id);
        if (study.getStatus() != StudyStatus.DRAFT) {
            throw new IllegalArgumentException("Settings: only a draft study's settings can change");
        }
        study.setSettings(settingsJson, clock.instant());
        audit.record(AuditAction.STUDY_UPDATED, TARGET, id, "settings");
        return summaries(List.of(study)).getFirst();
    }

    /** Shares a study with another researcher, by username. */
    @Transactional
    public void share(long id, String username) {
        Study study = require(id);
        AccountRef other = directory
                .findResearcher(username)
                .orElseThrow(() -> new IllegalArgumentException("Share with: no researcher named '" + username + "'"));
        if (study.shareWith(other.id())) {
            audit.record(AuditAction.STUDY_SHARED, TARGET, id, "with " + other.username());
        }
    }

    /** Deletes a study and everything recorded in it. Only its owner or an admin may. */
    @Transactional
    public void delete(long id) {
        Study study = require(id);
        if (!currentUser.isAdmin() && study.getOwnerId() != currentUser.requireId()) {
            throw new IllegalArgumentException("Only the owner or an admin can delete a study");
        }
        studies.delete(study);
        audit.record(AuditAction.STUDY_DELETED, TARGET, id, "\"" + study.getTitle() + "\"");
    }

    private Optional<Study> visible(long id) {
        return studies.findById(id).filter(s -> currentUser.isAdmin() || s.isVisibleTo(currentUser.requireId()));
    }

    private Study require(long id) {
        return visible(id).orElseThrow(() -> new StudyNotFoundException(id));
    }

    private List<StudySummary> summaries(List<Study> found) {
        Map<Long, AccountRef> owners =
                directory.byIds(found.stream().map(Study::getOwnerId).collect(java.util.stream.Collectors.toSet()));
        return found.stream()
                .map(s -> new StudySummary(
                        s.getId(),
                        s.getPublicCode(),
                        s.getKind(),
                        s.getTitle(),
                        s.getStatus(),
                        s.getOwnerId(),
                        Optional.ofNullable(owners.get(s.getOwnerId()))
                                .map(AccountRef::displayName)
                                .orElse("?"),
                        s.getRandomSeed(),
                        s.getCreatedAt(),
                        s.getUpdatedAt(),
                        s.getRecruitmentSettings(),
                        s.getSettings()))
                .toList();
    }

    /** Ids of the accounts a study is shared with (empty if the study is not visible). */
    @Transactional(readOnly = true)
    public Set<Long> sharedWith(long id) {
        return visible(id).map(Study::getSharedWith).orElse(Set.of());
    }
}
