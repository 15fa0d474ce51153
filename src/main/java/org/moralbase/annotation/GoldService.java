package org.moralbase.annotation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.moralbase.annotation.domain.AnnotationItem;
import org.moralbase.annotation.domain.AnnotationItemRepository;
import org.moralbase.annotation.domain.AnnotationQuestion;
import org.moralbase.annotation.domain.AnnotationQuestionRepository;
import org.moralbase.audit.AuditAction;
import org.moralbase.audit.AuditService;
import org.moralbase.base.Roles;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.ImportLimits;
import org.moralbase.dataimport.ImportProblem;
import org.moralbase.dataimport.ProblemLog;
import org.moralbase.dataimport.text.CsvReader;
import org.moralbase.dataimport.text.CsvRow;
import org.moralbase.dataimport.text.CsvTable;
import org.moralbase.dataimport.text.Utf8Text;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gold answers: an item's metadata field {@code gold_<question code>}. A gold value is attached when the project has
 * that question and the value is one of its answers; then it counts in quality (gold accuracy, gold match). Gold given
 * before its question existed stays with the item and is attached once the question is added ({@link #attach}); a gold
 * file ({@link #attachFile}) attaches or replaces gold of items already in the project. Every call says how many were
 * attached and which were not, and why.
 */
@Service
@PreAuthorize(Roles.HAS_RESEARCHER)
public class GoldService {

    private static final int NAMED = 5;

    private final AnnotationItemRepository items;
    private final AnnotationQuestionRepository questions;
    private final ProjectAccess access;
    private final AuditService audit;

    GoldService(
            AnnotationItemRepository items,
            AnnotationQuestionRepository questions,
            ProjectAccess access,
            AuditService audit) {
        this.items = items;
        this.questions = questions;
        this.access = access;
        this.audit = audit;
    }

    /** Attaches the gold stored with the items to the questions that exist now, and says what was attached. */
    @Transactional
    public GoldReport attach(long projectId) {
        access.managed(projectId);
        Map<String, QuestionSpec> asked = asked(projectId);
        Problems problems = new Problems();
        int attached = 0;
        for (AnnotationItem item : items.findByProjectIdOrderById(projectId)) {
            SequencedMap<String, String> meta = MetadataJson.read(item.getMetadata());
            boolean changed = false;
            for (Map.Entry<String, String> e : meta.entrySet()) {
                if (e.getKey().startsWith(ItemImportService.GOLD_PREFIX)
                        && !e.getValue().isBlank()) {
                    Optional<String> value = check(asked, e.getKey(), e.getValue(), problems, item.getItemKey());
                    if (value.isPresent()) {
                        attached++;
                        changed |= !value.get().equals(e.getValue());
                        e.setValue(value.get());
                    }
                }
            }
            if (changed) {
                item.replaceMetadata(MetadataJson.write(meta));
            }
        }
        return new GoldReport(attached, problems.lines("items"));
    }

    /**
     * Attaches gold from a CSV file to items already in the project: a column {@code id} with the item's key and
     * columns {@code gold_<question code>}; a value replaces the item's gold for that question, an empty cell leaves
     * it. Values that cannot be attached (no such item, no such question, not one of its answers) are left out and
     * named in the report; the others are stored.
     */
    @Transactional
    public GoldReport attachFile(long projectId, DatasetSource file) {
        access.managed(projectId);
        ProblemLog log = new ProblemLog(ImportLimits.withDefaults());
        CsvTable table = CsvReader.read(
                file.name(), Utf8Text.decode(file, ImportLimits.withDefaults(), log), ImportLimits.withDefaults(), log);
        if (!table.header().contains("id")) {
            log.add(ImportProblem.inFile(file.name(), "id", "expected a column id with the item's key"));
        }
        List<String> goldColumns = table.header().stream()
                .filter(c -> c.startsWith(ItemImportService.GOLD_PREFIX))
                .toList();
        if (goldColumns.isEmpty()) {
            log.add(ImportProblem.inFile(file.name(), null, "expected columns gold_<question code>, e.g. gold_q1"));
        }
        log.throwIfAny();
        Map<String, QuestionSpec> asked = asked(projectId);
        Map<String, AnnotationItem> byKey = items.findByProjectIdOrderById(projectId).stream()
                .collect(Collectors.toMap(AnnotationItem::getItemKey, Function.identity()));
        Problems problems = new Problems();
        int attached = 0;
        for (CsvRow row : table.rows()) {
            String where = "line " + row.line();
            AnnotationItem item = byKey.get(row.get("id").strip());
            if (item == null) {
                problems.add("id", "no item '" + row.get("id").strip() + "' in the project", where);
                continue;
            }
            SequencedMap<String, String> meta = MetadataJson.read(item.getMetadata());
            for (String column : goldColumns) {
                String given = row.get(column);
                if (given != null && !given.isBlank()) {
                    Optional<String> value = check(asked, column, given, problems, where);
                    if (value.isPresent()) {
                        meta.put(column, value.get());
                        attached++;
                    }
                }
            }
            item.replaceMetadata(MetadataJson.write(meta));
        }
        audit.record(
                AuditAction.IMPORT,
                AnnotationProjectService.TARGET,
                projectId,
                attached + " gold answers from " + file.name());
        return new GoldReport(attached, problems.lines("rows"));
    }

    private Map<String, QuestionSpec> asked(long projectId) {
        Map<String, QuestionSpec> asked = new LinkedHashMap<>();
        for (AnnotationQuestion q : questions.findByProjectIdAndComprehensionOrderByPosition(projectId, false)) {
            asked.put(q.getCode(), q.toSpec());
        }
        return asked;
    }

    private static Optional<String> check(
            Map<String, QuestionSpec> asked, String column, String value, Problems problems, String where) {
        String code = column.substring(ItemImportService.GOLD_PREFIX.length());
        QuestionSpec q = asked.get(code);
        if (q == null) {
            problems.add(
                    column, "the project has no question '" + code + "'; add it, then press \"Attach gold\"", where);
            return Optional.empty();
        }
        try {
            return Optional.of(q.normalise(value));
        } catch (IllegalArgumentException e) {
            problems.add(column, "'" + value.strip() + "' is not an answer (" + e.getMessage() + ")", where);
            return Optional.empty();
        }
    }

    /** Problems grouped by column and reason, each naming a few items or rows. */
    private static final class Problems {

        private final Map<String, List<String>> where = new LinkedHashMap<>();

        void add(String column, String reason, String at) {
            where.computeIfAbsent(column + ": " + reason, k -> new ArrayList<>())
                    .add(at);
        }

        List<String> lines(String noun) {
            List<String> out = new ArrayList<>();
            where.forEach((problem, at) -> {
                String named = String.join(", ", at.subList(0, Math.min(NAMED, at.size())));
                String more = at.size() > NAMED ? " and " + (at.size() - NAMED) + " more" : "";
                out.add(problem + " — not attached for " + at.size() + " "
                        + (at.size() == 1 ? noun.substring(0, noun.length() - 1) : noun) + " (" + named + more + ")");
            });
            return out;
        }
    }
}
