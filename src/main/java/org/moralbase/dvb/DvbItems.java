package org.moralbase.dvb;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.moralbase.audit.AuditAction;
import org.moralbase.audit.AuditService;
import org.moralbase.base.Roles;
import org.moralbase.base.SeedSource;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.ImportException;
import org.moralbase.dataimport.ImportProblem;
import org.moralbase.dvb.domain.DvbCondition;
import org.moralbase.dvb.domain.DvbConditionRepository;
import org.moralbase.dvb.domain.StoredDvbItem;
import org.moralbase.dvb.domain.StoredDvbItemRepository;
import org.moralbase.study.ItemImport;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudyStatus;
import org.moralbase.study.StudySummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A DEEP_VALUE study's items: imported all-or-nothing from the released prompt JSON (with an optional examples
 * file), built one by one in the app, and the model result rows imported beside them. Items change only while the
 * study is a draft, so every participant's trials stay reproducible.
 */
@Service
@PreAuthorize(Roles.HAS_RESEARCHER)
public class DvbItems implements ItemImport {

    static final String OTHER_SET = "OTHER";

    private final StoredDvbItemRepository items;
    private final DvbConditionRepository conditions;
    private final StudyService studies;
    private final AuditService audit;
    private final SeedSource seeds;
    private final Clock clock;

    DvbItems(
            StoredDvbItemRepository items,
            DvbConditionRepository conditions,
            StudyService studies,
            AuditService audit,
            SeedSource seeds,
            Clock clock) {
        this.items = items;
        this.conditions = conditions;
        this.studies = studies;
        this.audit = audit;
        this.seeds = seeds;
        this.clock = clock;
    }

    /** The released prompts JSON in {@code prompts}, and optionally their examples in {@code examples}. */
    @Override
    public List<String> parts() {
        return List.of("prompts", "examples");
    }

    /** {@link #importPrompts} for callers outside the items page; the DVB prompt JSON is the one format. */
    @Override
    @Transactional
    public int importItems(long studyId, java.util.Map<String, DatasetSource> files, String format) {
        return importPrompts(studyId, files.get("prompts"), files.get("examples"))
                .stored();
    }

    /**
     * Imports released prompts (and, if given, their examples). Nothing is stored unless every record is valid
     * and no prompt id is already in the study.
     *
     * @param examples the per-test examples JSON, or null
     * @throws ImportException listing every problem
     */
    @Transactional
    public ItemImportResult importPrompts(long studyId, DatasetSource prompts, DatasetSource examples) {
        requireDraft(studyId);
        List<DvbItem> parsed = examples == null
                ? DvbImporter.withDefaults().prompts(prompts)
                : DvbImporter.withDefaults().prompts(prompts, examples);
        Set<String> existing = new HashSet<>();
        items.findByStudyIdOrderById(studyId).forEach(i -> existing.add(i.getItemKey()));
        List<ImportProblem> problems = new ArrayList<>();
        for (DvbItem item : parsed) {
            if (existing.contains(item.promptId())) {
                problems.add(ImportProblem.inFile(
                        prompts.name(), "prompt_id", "'" + item.promptId() + "' is already in this study"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportException(problems, false);
        }
        items.saveAll(parsed.stream().map(i -> stored(studyId, i)).toList());
        syncConditions(studyId);
        audit.record(AuditAction.IMPORT, "study", studyId, "DVB prompts " + prompts.name() + ": " + parsed.size());
        return new ItemImportResult(parsed.size(), items.countByStudyId(studyId));
    }

    /** Builds an item from the builder form; stores it only when the trial is sound. */
    @Transactional
    public DvbBuildResult build(long studyId, DvbBuildRequest request) {
        requireDraft(studyId);
        List<String> problems = new ArrayList<>();
        DvbTrial trial = null;
        try {
            trial = DvbTrialBuilder.build(
                    request.values(),
                    request.dimension(),
                    request.context(),
                    request.n(),
                    request.texts(),
                    seeds.nextSeed());
            problems.addAll(ConfoundCheck.violations(trial));
        } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
            problems.add(e.getMessage() == null ? "incomplete form" : e.getMessage());
        }
        if (request.texts() != null
                && request.texts().v1s2().strip().equals(request.texts().v2s1().strip())) {
            problems.add("the two test options must differ");
        }
        if (!problems.isEmpty()) {
            return new DvbBuildResult(problems, java.util.Optional.empty());
        }
        // the key follows from what was asked for, so building the same item twice (a replayed click) makes one
        String key = builtKey(request);
        if (items.existsByStudyIdAndItemKey(studyId, key)) {
            return new DvbBuildResult(
                    List.of("this item was built already (" + key + "); change a value, text or N for another"),
                    java.util.Optional.empty());
        }
        StoredDvbItem saved = items.save(stored(studyId, key, trial));
        syncConditions(studyId);
        audit.record(AuditAction.STUDY_UPDATED, "study", studyId, "DVB item built: " + key);
        return new DvbBuildResult(List.of(), java.util.Optional.of(row(saved)));
    }

    /** An item key for a built item: the same request always gets the same key. */
    static String builtKey(DvbBuildRequest request) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(request.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "built-" + java.util.HexFormat.of().formatHex(digest, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The study's items in the order stored. */
    @Transactional(readOnly = true)
    public List<DvbItemRow> list(long studyId) {
        require(studyId);
        return items.findByStudyIdOrderById(studyId).stream().map(DvbItems::row).toList();
    }

    /** The quota cells and how full they are. */
    @Transactional(readOnly = true)
    public List<DvbQuotaRow> quotas(long studyId) {
        require(studyId);
        return conditions.findByStudyIdOrderById(studyId).stream()
                .map(c -> new DvbQuotaRow(c.getNTraining(), c.getValueSet(), c.getContextName(), c.getFilled()))
                .toList();
    }

    /** How many items there are and how many of them participants can be shown. */
    @Transactional(readOnly = true)
    public DvbItemCounts counts(long studyId) {
        require(studyId);
        return counts(items, studyId);
    }

    static DvbItemCounts counts(StoredDvbItemRepository items, long studyId) {
        return new DvbItemCounts(items.countByStudyId(studyId), items.countByStudyIdAndExamplesIsNotNull(studyId));
    }

    private StudySummary require(long studyId) {
        return studies.require(studyId, DeepValueKind.ID);
    }

    private void requireDraft(long studyId) {
        if (require(studyId).status() != StudyStatus.DRAFT) {
            throw new IllegalArgumentException("Items: only a draft study's items can change");
        }
    }

    /**
     * Copies the items (and their examples) of a study to a draft duplicated from it, in its transaction
     * ({@code StudyKind#copyItems}), with empty quota cells.
     */
    int copy(long fromStudyId, long toStudyId) {
        int copied = items.copyItems(fromStudyId, toStudyId, clock.instant());
        syncConditions(toStudyId);
        return copied;
    }

    /** Adds a quota cell for every (N, value set, context) that has items and none yet. */
    private void syncConditions(long studyId) {
        List<DvbCondition> cells = conditions.findByStudyIdOrderById(studyId);
        for (StoredDvbItem item : items.findByStudyIdOrderById(studyId)) {
            if (cells.stream()
                    .noneMatch(c -> c.holds(item.getNTraining(), item.getValueSet(), item.getContextName()))) {
                cells.add(conditions.save(
                        new DvbCondition(studyId, item.getNTraining(), item.getValueSet(), item.getContextName())));
            }
        }
    }

    private StoredDvbItem stored(long studyId, DvbItem i) {
        String[] values = {
            i.deepValues().preferred(),
            i.deepValues().lessPreferred(),
            i.deepValues().preferredDefinition(),
            i.deepValues().lessPreferredDefinition()
        };
        String s1 = i.shallowPreferences().preferred();
        String s2 = i.shallowPreferences().lessPreferred();
        return new StoredDvbItem(
                studyId,
                i.promptId(),
                i.testId(),
                i.testUid(),
                i.contextCorrelationPair(),
                "IMPORTED",
                i.nTrainingExamples(),
                values,
                valueSet(i.deepValues().preferred()),
                new String[] {dimensionName(s1, s2), s1, s2},
                i.context().name(),
                i.context().activity(),
                i.expectedDeepValueChoice().name(),
                i.prompt(),
                i.examples().map(e -> StoredExamples.of(e).toJson()).orElse(null),
                clock.instant());
    }

    private StoredDvbItem stored(long studyId, String key, DvbTrial t) {
        String[] values = {
            t.values().preferred().id(),
            t.values().lessPreferred().id(),
            t.values().preferredDefinition(),
            t.values().lessPreferredDefinition()
        };
        return new StoredDvbItem(
                studyId,
                key,
                key,
                null,
                null,
                "BUILT",
                t.training().size(),
                values,
                t.values().preferred().set().name(),
                new String[] {
                    t.dimension().name(), t.dimension().pole1(), t.dimension().pole2()
                },
                t.context().name(),
                t.context().activity(),
                t.expectedDeepValueChoice().name(),
                null,
                StoredExamples.of(t).toJson(),
                clock.instant());
    }

    static String valueSet(String value) {
        try {
            return DeepValue.parse(value).set().name();
        } catch (IllegalArgumentException unknown) {
            return OTHER_SET;
        }
    }

    /** The known dimension whose poles these are (either way round), else the poles in alphabetical order. */
    static String dimensionName(String s1, String s2) {
        return ShallowDimension.KNOWN.stream()
                .filter(d -> (d.pole1().equalsIgnoreCase(s1) && d.pole2().equalsIgnoreCase(s2))
                        || (d.pole1().equalsIgnoreCase(s2) && d.pole2().equalsIgnoreCase(s1)))
                .map(ShallowDimension::name)
                .findFirst()
                .orElseGet(() -> s1.toLowerCase(Locale.ROOT).compareTo(s2.toLowerCase(Locale.ROOT)) <= 0
                        ? s1 + " / " + s2
                        : s2 + " / " + s1);
    }

    static DvbItemRow row(StoredDvbItem i) {
        return new DvbItemRow(
                i.getId(),
                i.getItemKey(),
                i.getOrigin(),
                i.getNTraining(),
                i.getValuePreferred() + " > " + i.getValueLessPreferred(),
                i.getValueSet(),
                i.getShallowDimension(),
                i.getShallowPreferred() + " > " + i.getShallowLessPreferred(),
                i.getContextName(),
                i.getContextActivity(),
                i.getExpectedChoice(),
                i.getExamples() != null);
    }
}
