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
import org.springframework.beans.factory.ObjectProvider;
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
    private final ObjectProvider<StudyContents> contents;

    StudyService(
            StudyRepository studies,
            CurrentUser currentUser,
            AccountDirectory directory,
            AuditService audit,
            SeedSource seeds,
            Clock clock,
            StudyKinds kinds,
            ObjectProvider<StudyContents> contents) {
        this.studies = studies;
        this.currentUser = currentUser;
        this.directory = directory;
        this.audit = audit;
        this.seeds = seeds;
        this.clock = clock;
        this.kinds = kinds;
        this.contents = contents;
    }

    /** Creates a draft study of a registered kind ({@link StudyKinds}) owned by the signed-in account, with a fresh seed. */
    @Transactional
    public StudySummary create(String title, String kind) {
        return create(title, kind, null);
    }

    /**
     * Creates a draft study once per request: a replay of the same request key by the same account (a second click
     * that slipped through, a script retrying) returns the study the first one made instead of a twin.
     *
     * @param requestKey the caller's key for this request (a form makes one when it opens), or {@code null}
     */
    @Transactional
    public StudySummary create(String title, String kind, String requestKey) {
        String clean = title == null ? "" : title.strip();
        if (clean.isEmpty() || clean.length() > 200) {
            throw new IllegalArgumentException(TITLE_RULE);
        }
        if (kinds.find(kind).isEmpty()) {
            throw new IllegalArgumentException(KIND_RULE);
        }
        Optional<Study> made = replayed(requestKey);
        if (made.isPresent()) {
            return summaries(made.stream().toList()).getFirst();
        }
        Study study = newStudy(kind, clean, requestKey);
        audit.record(AuditAction.STUDY_CREATED, TARGET, study.getId(), kind + " \"" + clean + "\"");
        return summaries(List.of(study)).getFirst();
    }

    private Optional<Study> replayed(String requestKey) {
        if (requestKey == null) {
            return Optional.empty();
        }
        if (requestKey.isBlank() || requestKey.length() > 64) {
            throw new IllegalArgumentException("Request key: 1 to 64 characters");
        }
        return studies.findByOwnerIdAndRequestKey(currentUser.requireId(), requestKey);
    }

    private Study newStudy(String kind, String title, String requestKey) {
        Study study =
                new Study(seeds.nextCode(12), kind, title, currentUser.requireId(), seeds.nextSeed(), clock.instant());
        study.setRequestKey(requestKey);
        return studies.save(study);
    }

    /** The studies in use the signed-in account may see (all for an admin), newest first; archived ones are not. */
    @Transactional(readOnly = true)
    public List<StudySummary> list(int offset, int limit) {
        PageRequest page = page(offset, limit);
        return summaries(
                currentUser.isAdmin()
                        ? studies.findByArchivedAtIsNullOrderByIdDesc(page)
                        : studies.findInUseVisibleTo(currentUser.requireId(), page));
    }

    /** The archived studies the signed-in account may see (all for an admin), newest first. */
    @Transactional(readOnly = true)
    public List<StudySummary> listArchived(int offset, int limit) {
        PageRequest page = page(offset, limit);
        return summaries(
                currentUser.isAdmin()
                        ? studies.findByArchivedAtIsNotNullOrderByIdDesc(page)
                        : studies.findArchivedVisibleTo(currentUser.requireId(), page));
    }

    private static PageRequest page(int offset, int limit) {
        int size = Math.max(limit, 1);
        return PageRequest.of(offset / size, size);
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
        if (status == StudyStatus.OPEN && study.getArchivedAt() != null) {
            throw new IllegalArgumentException("Not opened: the study is archived; restore it first");
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

    /** Shares a study with another researcher, by username. Only its owner or an admin may share it. */
    @Transactional
    public void share(long id, String username) {
        Study study = requireOwned(id, "share");
        AccountRef other = directory.shareTarget(username);
        if (study.shareWith(other.id())) {
            audit.record(AuditAction.STUDY_SHARED, TARGET, id, "with " + other.username());
        }
    }

    /** Takes a study away from a researcher it was shared with. Only its owner or an admin may. */
    @Transactional
    public void unshare(long id, long accountId) {
        Study study = requireOwned(id, "unshare");
        if (study.unshareWith(accountId)) {
            String name = directory.usernameOf(accountId);
            audit.record(AuditAction.STUDY_UNSHARED, TARGET, id, "from " + name);
        }
    }

    /** The researchers a study is shared with, by username (empty if the study is not visible). */
    @Transactional(readOnly = true)
    public List<AccountRef> sharedWithAccounts(long id) {
        Set<Long> ids = sharedWith(id);
        return directory.byIds(ids).values().stream()
                .sorted(java.util.Comparator.comparing(AccountRef::username))
                .toList();
    }

    /** Whether the signed-in account may share, unshare, archive or delete the study (its owner, or an admin). */
    public boolean manages(StudySummary study) {
        return currentUser.isAdmin() || study.ownerId() == currentUser.requireId();
    }

    /**
     * Deletes a study that holds no answers (no participant sessions, no model runs: {@link #held}) with its
     * settings and items. Only its owner or an admin may; a study with answers can be archived instead.
     */
    @Transactional
    public void delete(long id) {
        Study study = requireOwned(id, "delete");
        List<String> held = held(id);
        if (!held.isEmpty()) {
            throw new IllegalArgumentException(
                    "Delete: the study holds " + String.join(" and ", held) + "; archive it instead, which keeps them");
        }
        studies.delete(study);
        audit.record(AuditAction.STUDY_DELETED, TARGET, id, "\"" + study.getTitle() + "\"");
    }

    /** What the study holds that deleting it would lose, in words; empty when it may be deleted. */
    @Transactional(readOnly = true)
    public List<String> held(long id) {
        require(id);
        return contents.orderedStream().flatMap(c -> c.held(id).stream()).toList();
    }

    /**
     * Archives a study: it leaves the lists and the pickers of runs and comparisons, and keeps everything it holds.
     * An open study is closed first, so no participant arrives in an archived one.
     */
    @Transactional
    public StudySummary archive(long id) {
        Study study = requireOwned(id, "archive");
        if (study.getStatus() == StudyStatus.OPEN) {
            throw new IllegalArgumentException("Archive: close the study first; participants can still join it");
        }
        if (study.getArchivedAt() == null) {
            study.setArchived(true, clock.instant());
            audit.record(AuditAction.STUDY_ARCHIVED, TARGET, id, "\"" + study.getTitle() + "\"");
        }
        return summaries(List.of(study)).getFirst();
    }

    /** Brings an archived study back into the lists, in the status it had. */
    @Transactional
    public StudySummary restore(long id) {
        Study study = requireOwned(id, "restore");
        if (study.getArchivedAt() != null) {
            study.setArchived(false, clock.instant());
            audit.record(AuditAction.STUDY_RESTORED, TARGET, id, "\"" + study.getTitle() + "\"");
        }
        return summaries(List.of(study)).getFirst();
    }

    /**
     * A new draft owned by the signed-in account with the study's kind, settings, recruitment and items (its kind
     * copies those: {@link StudyKind#copyItems}), a fresh participant link and seed, and none of its answers.
     *
     * @param requestKey as for {@link #create(String, String, String)}
     */
    @Transactional
    public StudySummary duplicate(long id, String requestKey) {
        Study original = require(id);
        StudyKind kind = kinds.find(original.getKind())
                .orElseThrow(() -> new IllegalArgumentException(
                        "Duplicate: this kind of study (" + original.getKind() + ") is not installed"));
        Optional<Study> made = replayed(requestKey);
        if (made.isPresent()) {
            return summaries(made.stream().toList()).getFirst();
        }
        String title = "Copy of " + original.getTitle();
        Study copy = newStudy(original.getKind(), title.substring(0, Math.min(title.length(), 200)), requestKey);
        copy.setSettings(original.getSettings(), clock.instant());
        copy.setRecruitmentSettings(original.getRecruitmentSettings(), clock.instant());
        studies.flush();
        int items = kind.copyItems(id, copy.getId());
        int parts = contents.orderedStream()
                .mapToInt(c -> c.copyToDuplicate(id, copy.getId()))
                .sum();
        audit.record(
                AuditAction.STUDY_DUPLICATED,
                TARGET,
                copy.getId(),
                "from study " + id + ", " + items + " items" + (parts == 0 ? "" : ", " + parts + " other rows"));
        return summaries(List.of(copy)).getFirst();
    }

    private Study requireOwned(long id, String action) {
        Study study = require(id);
        if (!currentUser.isAdmin() && study.getOwnerId() != currentUser.requireId()) {
            throw new IllegalArgumentException("Only the owner or an admin can " + action + " a study");
        }
        return study;
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
                        s.getSettings(),
                        s.getArchivedAt(),
                        s.getCloseGraceMinutes(),
                        s.getClosedAt()))
                .toList();
    }

    /** Ids of the accounts a study is shared with (empty if the study is not visible). */
    @Transactional(readOnly = true)
    public Set<Long> sharedWith(long id) {
        return visible(id).map(Study::getSharedWith).orElse(Set.of());
    }
}
