package org.moralbase.annotation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;
import java.util.SequencedMap;
import java.util.Set;
import org.moralbase.annotation.domain.AnnotationItem;
import org.moralbase.annotation.domain.AnnotationItemRepository;
import org.moralbase.annotation.domain.AnnotationProject;
import org.moralbase.audit.AuditAction;
import org.moralbase.audit.AuditService;
import org.moralbase.base.Roles;
import org.moralbase.choicepair.ChoiceImporter;
import org.moralbase.choicepair.ChoiceItem;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.ImportException;
import org.moralbase.dataimport.ImportProblem;
import org.moralbase.dvb.DvbImporter;
import org.moralbase.dvb.DvbItem;
import org.moralbase.dvb.OptionLabel;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports items into a project, all or nothing: the parser rejects a file with every problem listed, and a key
 * already in the project rejects the whole file too. Items are copied in (text and metadata), so the project
 * does not depend on another feature's tables. A metadata field {@code gold_<question code>} is that
 * question's gold answer.
 */
@Service
@PreAuthorize(Roles.HAS_RESEARCHER)
public class ItemImportService {

    /** Metadata keys starting with this name a question's gold answer. */
    public static final String GOLD_PREFIX = "gold_";

    // annotation_item.source_record is TEXT: 65,535 bytes in MariaDB
    private static final int MAX_RECORD_BYTES = 65_535;

    private final AnnotationItemRepository items;
    private final ProjectAccess access;
    private final AuditService audit;

    ItemImportService(AnnotationItemRepository items, ProjectAccess access, AuditService audit) {
        this.items = items;
        this.access = access;
        this.audit = audit;
    }

    /**
     * Reads and stores the items of one file.
     *
     * @param extra DailyDilemmas' optional values.csv or DVB's optional examples file; else null
     * @return the number of items added
     * @throws ImportException listing every problem; nothing is stored then
     */
    @Transactional
    public int importItems(long projectId, ItemSource source, DatasetSource file, DatasetSource extra) {
        AnnotationProject project = access.managed(projectId);
        List<ChoiceItem> parsed = parse(source, file, extra);
        Set<String> seen = new HashSet<>();
        List<ImportProblem> clashes = new ArrayList<>();
        for (ChoiceItem item : parsed) {
            if (item.key().length() > 200) {
                clashes.add(
                        ImportProblem.inFile(file.name(), "id", "item key longer than 200 characters: " + item.key()));
            } else if (!seen.add(item.key()) || items.existsByProjectIdAndItemKey(projectId, item.key())) {
                clashes.add(
                        ImportProblem.inFile(file.name(), "id", "item '" + item.key() + "' is in the project already"));
            }
        }
        if (!clashes.isEmpty()) {
            throw new ImportException(clashes, false);
        }
        SourceFormat format = SourceFormat.of(source, file.name());
        List<String> records = SourceRecords.read(format, file);
        if (records.size() != parsed.size()) {
            throw new IllegalStateException(
                    "read " + records.size() + " records for " + parsed.size() + " items from " + file.name());
        }
        // a seeded shuffle, so items reach workers in a random but replayable order
        Random random = new Random(project.getRandomSeed() ^ items.countByProjectId(projectId));
        for (int i = 0; i < parsed.size(); i++) {
            ChoiceItem item = parsed.get(i);
            AnnotationItem stored = new AnnotationItem(
                    projectId,
                    item.key(),
                    truncate(item.source(), 100),
                    item.context(),
                    item.optionA(),
                    item.optionB(),
                    MetadataJson.write(item.metadata()),
                    random.nextLong());
            // kept for the export in the source format; a record too long for the column is not kept
            if (records.get(i).getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= MAX_RECORD_BYTES) {
                stored.keepSourceRecord(format.name(), records.get(i));
            }
            items.save(stored);
        }
        audit.record(
                AuditAction.IMPORT,
                AnnotationProjectService.TARGET,
                projectId,
                parsed.size() + " items from " + source + " " + file.name());
        return parsed.size();
    }

    private static List<ChoiceItem> parse(ItemSource source, DatasetSource file, DatasetSource extra) {
        ChoiceImporter choices = ChoiceImporter.withDefaults();
        return switch (source) {
            case GENERIC -> choices.generic(stem(file.name()), file).items();
            case DAILY_DILEMMAS -> choices.dailyDilemmas(file, extra).items();
            case MORAL_CHOICE -> choices.moralChoice(file).items();
            case SCRUPLES -> choices.scruples(file).items();
            case DVB_PROMPTS -> {
                DvbImporter dvb = DvbImporter.withDefaults();
                List<DvbItem> prompts = extra == null ? dvb.prompts(file) : dvb.prompts(file, extra);
                yield prompts.stream().map(ItemImportService::fromDvb).toList();
            }
        };
    }

    /**
     * A DVB prompt as an item: the test pair as options A/B (or the prompt itself when no examples file was
     * given), v1/v2/s1/s2 with definitions as metadata, and {@code gold_choice} (C1 = option A) for protocol B.
     */
    static ChoiceItem fromDvb(DvbItem d) {
        SequencedMap<String, String> meta = new LinkedHashMap<>();
        meta.put("v1", d.deepValues().preferred());
        meta.put("v1_definition", d.deepValues().preferredDefinition());
        meta.put("v2", d.deepValues().lessPreferred());
        meta.put("v2_definition", d.deepValues().lessPreferredDefinition());
        meta.put("s1", d.shallowPreferences().preferred());
        meta.put("s2", d.shallowPreferences().lessPreferred());
        meta.put("n_training_examples", Integer.toString(d.nTrainingExamples()));
        meta.put("expected_deep_value_choice", d.expectedDeepValueChoice().text());
        meta.put(GOLD_PREFIX + "choice", d.expectedDeepValueChoice() == OptionLabel.A ? "C1" : "C2");
        String context = "Context: " + d.context().name() + " — " + d.context().activity()
                + ". The user prefers " + d.deepValues().preferred() + " over "
                + d.deepValues().lessPreferred() + ".";
        return d.examples()
                .map(e -> new ChoiceItem(
                        d.promptId(), context, e.test().optionA(), e.test().optionB(), meta, "DVB"))
                .orElseGet(() -> new ChoiceItem(
                        d.promptId(), context + "\n\n" + d.prompt(), "Option A", "Option B", meta, "DVB"));
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
