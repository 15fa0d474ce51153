package org.moralbase.utility;

import java.sql.Timestamp;
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
import org.moralbase.dataimport.ImportException;
import org.moralbase.dataimport.ImportProblem;
import org.moralbase.security.CurrentUser;
import org.moralbase.stats.utility.PairVotes;
import org.moralbase.study.StudyService;
import org.moralbase.utility.domain.Outcome;
import org.moralbase.utility.domain.OutcomeRepository;
import org.moralbase.utility.format.PublishedResults;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published model utilities beside a study's people (decision 0043): an emergent-values {@code results_<model>.json}
 * imported under a label, its options matched to the study's outcomes by their text (ids only break ties), all or
 * nothing. Every outcome of the study must be in the file; the file may have more. The results renormalise the
 * published means over the study's outcomes ({@link UtilityResults}).
 */
@Service
@PreAuthorize(Roles.HAS_RESEARCHER)
public class PublishedUtilities {

    /** The longest label. */
    static final int LABEL_LENGTH = 120;

    /** Outcomes missing from a file, listed one by one up to this many. */
    private static final int LISTED = 10;

    private final StudyService studies;
    private final OutcomeRepository outcomes;
    private final JdbcTemplate jdbc;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    PublishedUtilities(
            StudyService studies,
            OutcomeRepository outcomes,
            JdbcTemplate jdbc,
            AuditService audit,
            CurrentUser currentUser,
            Clock clock) {
        this.studies = studies;
        this.outcomes = outcomes;
        this.jdbc = jdbc;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The label a file's name suggests: {@code results_gpt-4o_thurstonianactivelearningutilitymodel.json} →
     * {@code gpt-4o}.
     */
    public static String labelFor(String fileName) {
        String label = fileName == null ? "" : fileName.strip();
        label = label.replaceFirst("(?i)\\.json$", "")
                .replaceFirst("^results_utilities_", "")
                .replaceFirst("^results_", "")
                .replaceFirst("_thurstonian[a-z]*$", "");
        return label.isBlank() ? "published" : label;
    }

    /**
     * Imports a results file under a label (blank: {@link #labelFor} the file's name).
     *
     * @return what was stored
     * @throws ImportException listing every problem, with nothing stored
     * @throws IllegalArgumentException for a too long or used label
     */
    @Transactional
    public PublishedSummary importFile(long studyId, String label, DatasetSource file) {
        studies.require(studyId, UtilityKind.ID);
        String name = label == null || label.isBlank() ? labelFor(file.name()) : label.strip();
        if (name.length() > LABEL_LENGTH) {
            throw new IllegalArgumentException("Label: at most " + LABEL_LENGTH + " characters");
        }
        if (exists(studyId, name)) {
            throw new IllegalArgumentException(
                    "Label: '" + name + "' is already used on this study; remove it first or choose another");
        }
        PublishedResults results = PublishedResults.read(file);
        List<Outcome> all = outcomes.findByStudyIdOrderById(studyId);
        if (all.size() < 2) {
            throw new IllegalArgumentException("The study needs its outcomes first: import them on the Outcomes page");
        }
        Map<String, Long> outcomeOf = match(file.name(), all, results);
        List<PublishedResults.Edge> edges = results.edges().stream()
                .filter(e -> outcomeOf.containsKey(e.first()) && outcomeOf.containsKey(e.second()))
                .toList();
        jdbc.update(
                "INSERT INTO utility_published (study_id, label, file_name, file_options, imported_by, imported_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                studyId,
                name,
                truncate(file.name(), 255),
                results.options().size(),
                currentUser.username().orElse("?"),
                Timestamp.from(clock.instant()));
        long id = jdbc.queryForObject(
                "SELECT id FROM utility_published WHERE study_id = ? AND label = ?", Long.class, studyId, name);
        List<Object[]> values = new ArrayList<>();
        outcomeOf.forEach((option, outcome) -> {
            PublishedResults.Value v = results.utilities().get(option);
            values.add(new Object[] {id, outcome, v.mean(), v.variance()});
        });
        jdbc.batchUpdate(
                "INSERT INTO utility_published_value (published_id, outcome_id, mean, variance) VALUES (?, ?, ?, ?)",
                values);
        jdbc.batchUpdate(
                "INSERT INTO utility_published_edge (published_id, first_id, second_id, probability)"
                        + " VALUES (?, ?, ?, ?)",
                edges.stream()
                        .map(e ->
                                new Object[] {id, outcomeOf.get(e.first()), outcomeOf.get(e.second()), e.probability()})
                        .toList());
        audit.record(
                AuditAction.IMPORT,
                "study",
                studyId,
                "published utilities '" + name + "' from " + file.name() + ": " + values.size() + " outcomes, "
                        + edges.size() + " edges");
        return new PublishedSummary(
                name, file.name(), values.size(), results.options().size(), edges.size(), clock.instant());
    }

    /**
     * The study's outcome for each option of the file that is one of them, by text; every outcome of the study must be
     * found.
     */
    private static Map<String, Long> match(String fileName, List<Outcome> all, PublishedResults results) {
        Map<String, List<PublishedResults.Option>> byText = new HashMap<>();
        for (PublishedResults.Option o : results.options()) {
            byText.computeIfAbsent(plain(o.description()), t -> new ArrayList<>())
                    .add(o);
        }
        Map<String, Long> outcomeOf = new LinkedHashMap<>();
        List<ImportProblem> problems = new ArrayList<>();
        int missing = 0;
        for (Outcome outcome : all) {
            List<PublishedResults.Option> same = byText.getOrDefault(plain(outcome.getDescription()), List.of());
            PublishedResults.Option option = same.size() == 1
                    ? same.get(0)
                    : same.stream()
                            .filter(o -> o.id().equals(outcome.getKey()))
                            .findFirst()
                            .orElse(null);
            if (option == null || outcomeOf.containsKey(option.id())) {
                missing++;
                if (missing <= LISTED) {
                    problems.add(ImportProblem.inFile(
                            fileName,
                            "options",
                            same.isEmpty()
                                    ? "no option reads as the study's outcome '" + outcome.getKey() + "' ("
                                            + outcome.getDescription() + ")"
                                    : "several options read as the study's outcome '" + outcome.getKey()
                                            + "' and none has its id"));
                }
                continue;
            }
            outcomeOf.put(option.id(), outcome.getId());
        }
        if (missing > LISTED) {
            problems.add(ImportProblem.inFile(
                    fileName, "options", "… " + (missing - LISTED) + " more of the study's outcomes are not in it"));
        }
        if (!problems.isEmpty()) {
            throw new ImportException(problems, false);
        }
        return outcomeOf;
    }

    /** An outcome's text as matched: spaces collapsed, ends trimmed. */
    private static String plain(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    /** The study's imported files, oldest first. */
    @Transactional(readOnly = true)
    public List<PublishedSummary> list(long studyId) {
        studies.require(studyId, UtilityKind.ID);
        return jdbc.query(
                "SELECT p.label, p.file_name, p.file_options, p.imported_at,"
                        + " (SELECT COUNT(*) FROM utility_published_value v WHERE v.published_id = p.id) AS outcomes,"
                        + " (SELECT COUNT(*) FROM utility_published_edge e WHERE e.published_id = p.id) AS edges"
                        + " FROM utility_published p WHERE p.study_id = ? ORDER BY p.id",
                (rs, i) -> new PublishedSummary(
                        rs.getString("label"),
                        rs.getString("file_name"),
                        rs.getInt("outcomes"),
                        rs.getInt("file_options"),
                        rs.getInt("edges"),
                        rs.getTimestamp("imported_at").toInstant()),
                studyId);
    }

    /** Removes an imported file (audited); false when the study has none of that label. */
    @Transactional
    public boolean remove(long studyId, String label) {
        studies.require(studyId, UtilityKind.ID);
        int removed = jdbc.update("DELETE FROM utility_published WHERE study_id = ? AND label = ?", studyId, label);
        if (removed > 0) {
            audit.record(AuditAction.STUDY_UPDATED, "study", studyId, "published utilities '" + label + "' removed");
        }
        return removed > 0;
    }

    /** One imported file as the results take it: the published values in the study's outcome order. */
    record Published(String label, double[] mean, double[] variance, List<PairVotes> edges) {}

    /**
     * The study's imported files with their values in the order of {@code all} (the study's outcomes) and their edges
     * as one vote each (their code weighs every edge alike). No access check: {@link UtilityResults} checks.
     */
    List<Published> published(long studyId, List<Outcome> all) {
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            index.put(all.get(i).getId(), i);
        }
        Map<Long, String> labels = new LinkedHashMap<>();
        jdbc.query(
                "SELECT id, label FROM utility_published WHERE study_id = ? ORDER BY id",
                rs -> {
                    labels.put(rs.getLong("id"), rs.getString("label"));
                },
                studyId);
        List<Published> out = new ArrayList<>();
        for (Map.Entry<Long, String> set : labels.entrySet()) {
            double[] mean = new double[all.size()];
            double[] variance = new double[all.size()];
            int[] found = {0};
            jdbc.query(
                    "SELECT outcome_id, mean, variance FROM utility_published_value WHERE published_id = ?",
                    rs -> {
                        Integer i = index.get(rs.getLong("outcome_id"));
                        if (i != null) {
                            mean[i] = rs.getDouble("mean");
                            variance[i] = rs.getDouble("variance");
                            found[0]++;
                        }
                    },
                    set.getKey());
            if (found[0] < all.size()) {
                continue; // outcomes imported after the file: it no longer covers the study
            }
            List<PairVotes> edges = new ArrayList<>();
            jdbc.query(
                    "SELECT first_id, second_id, probability FROM utility_published_edge WHERE published_id = ?",
                    rs -> {
                        int a = index.get(rs.getLong("first_id"));
                        int b = index.get(rs.getLong("second_id"));
                        double p = rs.getDouble("probability");
                        edges.add(a < b ? new PairVotes(a, b, p, 1) : new PairVotes(b, a, 1 - p, 1));
                    },
                    set.getKey());
            edges.sort(java.util.Comparator.comparingInt(PairVotes::a).thenComparingInt(PairVotes::b));
            out.add(new Published(set.getValue(), mean, variance, edges));
        }
        return out;
    }

    /** A number that changes whenever a file is imported or removed. */
    long version(long studyId) {
        Long v = jdbc.queryForObject(
                "SELECT COALESCE(SUM(id), 0) * 7 + COUNT(*) FROM utility_published WHERE study_id = ?",
                Long.class,
                studyId);
        return v == null ? 0 : v;
    }

    private boolean exists(long studyId, String label) {
        Integer n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM utility_published WHERE study_id = ? AND label = ?",
                Integer.class,
                studyId,
                label);
        return n != null && n > 0;
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
