package org.moralbase.moralgraph;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.moralbase.audit.AuditAction;
import org.moralbase.audit.AuditService;
import org.moralbase.base.Roles;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.ImportLimits;
import org.moralbase.dataimport.ProblemLog;
import org.moralbase.dataimport.text.CsvReader;
import org.moralbase.dataimport.text.CsvRow;
import org.moralbase.dataimport.text.CsvTable;
import org.moralbase.dataimport.text.Utf8Text;
import org.moralbase.models.OwnerModels;
import org.moralbase.moralgraph.domain.PlannedTransitionRepository;
import org.moralbase.moralgraph.domain.StoredCardRepository;
import org.moralbase.moralgraph.domain.TransitionStory;
import org.moralbase.moralgraph.domain.TransitionStoryRepository;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudySummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The short stories shown with a values-card study's transitions (issue #15; decision 0037): one per transition "from
 * card X to card Y in context C", written by the researcher, imported from the transitions CSV ({@code from_id, to_id,
 * context, story}; docs/formats.md), or written by one of the owner's registry models for every transition lacking one.
 * Participants see the story on the vote page, and models asked the transitions get it in their prompt.
 */
@Service
@PreAuthorize(Roles.HAS_RESEARCHER)
public class TransitionStories {

    /** The longest story. */
    public static final int STORY_LENGTH = 2000;

    static final List<String> COLUMNS = List.of("from_id", "to_id", "context", "story");

    static final String PROMPT = """
            Question: %s
            Context: %s

            Value X: %s

            Value Y: %s

            Write a short story (3 to 5 sentences, plain words) of a person who, in this context, used to act on \
            value X and came to act on value Y instead: what happened and what they noticed that made them change. \
            Do not say whether the change is wise. Reply with the story only.""";

    private final StudyService studies;
    private final StoredCardRepository cards;
    private final PlannedTransitionRepository transitions;
    private final TransitionStoryRepository stories;
    private final OwnerModels models;
    private final AuditService audit;
    private final Clock clock;
    private final TransactionTemplate tx;

    TransitionStories(
            StudyService studies,
            StoredCardRepository cards,
            PlannedTransitionRepository transitions,
            TransitionStoryRepository stories,
            OwnerModels models,
            AuditService audit,
            Clock clock,
            TransactionTemplate tx) {
        this.studies = studies;
        this.cards = cards;
        this.transitions = transitions;
        this.stories = stories;
        this.models = models;
        this.audit = audit;
        this.clock = clock;
        this.tx = tx;
    }

    /**
     * A transition with its story.
     *
     * @param story the story, or null
     * @param writtenBy "researcher", "import" or "model: name", or null
     */
    public record StoryRow(CardView from, CardView to, String context, String story, String writtenBy) {

        /** Names the transition in messages: "card 3 → card 7 in “calm”". */
        public String label() {
            return "card " + from.id() + " → card " + to.id() + " in “" + context + "”";
        }
    }

    /** What writing stories with a model did. */
    public record Written(int written, int failed, List<String> failures) {}

    /** Told after each transition: how many are done of how many. */
    public interface Progress {
        void step(int done, int total);
    }

    /** The transitions planned so far (in the order first planned), then any others with a story. */
    @Transactional(readOnly = true)
    public List<StoryRow> list(long studyId) {
        studies.require(studyId, ValuesCardKind.ID);
        Map<Long, CardView> byId = new HashMap<>();
        cards.findByStudyIdOrderById(studyId).forEach(c -> byId.put(c.getId(), ValuesCardParticipation.view(c)));
        Map<String, TransitionStory> told = new LinkedHashMap<>();
        for (TransitionStory s : stories.findByStudyIdOrderById(studyId)) {
            told.put(ValuesCardParticipation.storyKey(s.getFromCardId(), s.getToCardId(), s.getContext()), s);
        }
        List<StoryRow> out = new ArrayList<>();
        for (Object[] row : transitions.distinctPlanned(studyId)) {
            long from = ((Number) row[0]).longValue();
            long to = ((Number) row[1]).longValue();
            String context = (String) row[2];
            TransitionStory s = told.remove(ValuesCardParticipation.storyKey(from, to, context));
            out.add(new StoryRow(
                    byId.get(from),
                    byId.get(to),
                    context,
                    s == null ? null : s.getStory(),
                    s == null ? null : s.getWrittenBy()));
        }
        for (TransitionStory s : told.values()) {
            out.add(new StoryRow(
                    byId.get(s.getFromCardId()),
                    byId.get(s.getToCardId()),
                    s.getContext(),
                    s.getStory(),
                    s.getWrittenBy()));
        }
        return out;
    }

    /**
     * Writes (or, when blank, removes) the story of a transition, as the researcher.
     *
     * @throws IllegalArgumentException naming the field: an unknown card or context, a story too long
     */
    @Transactional
    public void write(long studyId, long fromCardId, long toCardId, String context, String story) {
        StudySummary study = studies.require(studyId, ValuesCardKind.ID);
        Bad bad = problem(study, fromCardId, toCardId, context, story);
        if (bad != null) {
            throw new IllegalArgumentException(bad.field() + ": " + bad.reason());
        }
        store(studyId, fromCardId, toCardId, context, story, "researcher");
        audit.record(
                AuditAction.STUDY_UPDATED,
                "study",
                studyId,
                "story of card " + fromCardId + " → card " + toCardId + " in “" + context + "”"
                        + (story == null || story.isBlank() ? " removed" : " written"));
    }

    /**
     * Imports stories from the transitions CSV ({@code from_id, to_id, context, story}), all or nothing; an empty
     * story removes one.
     *
     * @return how many rows were stored
     * @throws org.moralbase.dataimport.ImportException naming every problem's line and column
     */
    @Transactional
    public int importCsv(long studyId, DatasetSource file) {
        StudySummary study = studies.require(studyId, ValuesCardKind.ID);
        ImportLimits limits = ImportLimits.withDefaults();
        ProblemLog log = new ProblemLog(limits);
        String text = Utf8Text.decode(file, limits, log);
        log.throwIfAny();
        CsvTable table = CsvReader.read(file.name(), text, limits, log);
        List<Object[]> rows = new ArrayList<>();
        if (table.requireColumns(COLUMNS, log)) {
            Map<String, Integer> seen = new HashMap<>();
            for (CsvRow row : table.rows()) {
                Long from = id(row, "from_id", log);
                Long to = id(row, "to_id", log);
                String context = row.required("context", log);
                if (from == null || to == null || context == null) {
                    continue;
                }
                String story = row.get("story");
                Bad bad = problem(study, from, to, context.strip(), story);
                if (bad != null) {
                    log.add(row.problem(bad.column(), bad.reason()));
                    continue;
                }
                Integer first =
                        seen.putIfAbsent(ValuesCardParticipation.storyKey(from, to, context.strip()), row.line());
                if (first != null) {
                    log.add(row.problem("context", "this transition is already on line " + first));
                    continue;
                }
                rows.add(new Object[] {from, to, context.strip(), story});
            }
        }
        log.throwIfAny();
        for (Object[] r : rows) {
            store(studyId, (Long) r[0], (Long) r[1], (String) r[2], (String) r[3], "import");
        }
        audit.record(AuditAction.IMPORT, "study", studyId, "transition stories " + file.name() + ": " + rows.size());
        return rows.size();
    }

    /**
     * Asks a registry model (the owner's own or a keyless one) for the story of every listed transition that has none,
     * storing each as it comes; a transition whose story fails is named and the others go on.
     */
    public Written writeWithModel(long studyId, long modelId, Progress progress) {
        StudySummary study = studies.require(studyId, ValuesCardKind.ID);
        if (models.usableBy(study.ownerId()).stream().noneMatch(m -> m.id() == modelId)) {
            throw new IllegalArgumentException("Model: choose one of the study owner's models that can be asked");
        }
        String name = models.name(modelId).orElseThrow();
        ValuesCardSettings settings = ValuesCardSettings.fromJson(study.settings());
        List<StoryRow> missing = list(studyId).stream()
                .filter(r -> r.story() == null && r.from() != null && r.to() != null)
                .toList();
        List<String> failures = new ArrayList<>();
        int written = 0;
        for (int i = 0; i < missing.size(); i++) {
            StoryRow r = missing.get(i);
            OwnerModels.Answer answer = models.ask(
                    modelId,
                    study.ownerId(),
                    null,
                    PROMPT.formatted(settings.question(), r.context(), r.from().described(), r.to().described()));
            String story = answer.answered() ? answer.text().strip() : "";
            if (!answer.answered() || story.isEmpty() || story.length() > STORY_LENGTH) {
                failures.add(r.label() + ": "
                        + (answer.answered()
                                ? story.isEmpty()
                                        ? "the model's story was empty"
                                        : "the story is over " + STORY_LENGTH + " characters"
                                : answer.failure()));
            } else {
                tx.executeWithoutResult(
                        s -> store(studyId, r.from().id(), r.to().id(), r.context(), story, "model: " + name));
                written++;
            }
            progress.step(i + 1, missing.size());
        }
        audit.record(
                AuditAction.STUDY_UPDATED,
                "study",
                studyId,
                "transition stories by model " + name + ": " + written + " written, " + failures.size() + " failed");
        return new Written(written, failures.size(), failures);
    }

    private void store(long studyId, long from, long to, String context, String story, String by) {
        var existing = stories.findByStudyIdAndFromCardIdAndToCardIdAndContext(studyId, from, to, context);
        if (story == null || story.isBlank()) {
            existing.ifPresent(stories::delete);
            return;
        }
        TransitionStory s = existing.orElseGet(() -> new TransitionStory(studyId, from, to, context));
        s.write(story.strip(), by, clock.instant());
        stories.save(s);
    }

    // what is wrong with a story, by CSV column and page field
    private record Bad(String column, String field, String reason) {}

    private Bad problem(StudySummary study, long from, long to, String context, String story) {
        ValuesCardSettings settings = ValuesCardSettings.fromJson(study.settings());
        if (!isCard(study.id(), from)) {
            return new Bad("from_id", "From card", "no card " + from + " in this study");
        }
        if (!isCard(study.id(), to)) {
            return new Bad("to_id", "To card", "no card " + to + " in this study");
        }
        if (from == to) {
            return new Bad("to_id", "To card", "the same card as the from card");
        }
        if (!settings.contexts().contains(context)) {
            return new Bad("context", "Context", "'" + context + "' is not one of the study's contexts");
        }
        if (story != null && story.strip().length() > STORY_LENGTH) {
            return new Bad("story", "Story", "at most " + STORY_LENGTH + " characters");
        }
        return null;
    }

    private boolean isCard(long studyId, long id) {
        return cards.findById(id).filter(c -> c.getStudyId() == studyId).isPresent();
    }

    private static Long id(CsvRow row, String column, ProblemLog log) {
        String cell = row.required(column, log);
        if (cell == null) {
            return null;
        }
        try {
            return Long.parseLong(cell.strip());
        } catch (NumberFormatException e) {
            log.add(row.problem(column, "'" + cell.strip() + "' is not a card id"));
            return null;
        }
    }
}
