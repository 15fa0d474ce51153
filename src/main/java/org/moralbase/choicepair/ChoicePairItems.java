package org.moralbase.choicepair;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.moralbase.audit.AuditAction;
import org.moralbase.audit.AuditService;
import org.moralbase.base.Roles;
import org.moralbase.choicepair.domain.StoredChoicePair;
import org.moralbase.choicepair.domain.StoredChoicePairRepository;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.ImportException;
import org.moralbase.dataimport.ImportLimits;
import org.moralbase.dataimport.ImportProblem;
import org.moralbase.dataimport.format.DatasetFormat;
import org.moralbase.dataimport.format.DatasetFormats;
import org.moralbase.dataimport.format.DatasetItem;
import org.moralbase.dataimport.format.FormatChoice;
import org.moralbase.dataimport.format.ItemsImported;
import org.moralbase.study.ItemImport;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudyStatus;
import org.moralbase.study.StudySummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * A CHOICE_PAIR study's items, imported all-or-nothing while the study is a draft, in a choice-pair format chosen or
 * detected from the file; without any the study does not open, since a participant would be sent straight to the end
 * page.
 */
@Service
@PreAuthorize(Roles.HAS_RESEARCHER)
public class ChoicePairItems implements ItemImport {

    // the columns of choice_pair_item (V0021): item_key VARCHAR(128), source VARCHAR(64), metadata TEXT
    private static final int KEY_LENGTH = 128;
    private static final int SOURCE_LENGTH = 64;
    private static final int TEXT_BYTES = 65_535;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final StoredChoicePairRepository items;
    private final StudyService studies;
    private final AuditService audit;
    private final Clock clock;
    private final DatasetFormats formats;

    ChoicePairItems(
            StoredChoicePairRepository items,
            StudyService studies,
            AuditService audit,
            Clock clock,
            List<ChoicePairFormat> taken,
            List<DatasetFormat> known) {
        this.items = items;
        this.studies = studies;
        this.audit = audit;
        this.clock = clock;
        this.formats = new DatasetFormats(taken, known);
    }

    /** Copies the items of a study to a draft duplicated from it, in its transaction ({@code StudyKind#copyItems}). */
    int copy(long fromStudyId, long toStudyId) {
        return items.copyItems(fromStudyId, toStudyId, clock.instant());
    }

    /** What a researcher may choose for an upload: detection (the default), then each choice-pair format. */
    public List<FormatChoice> formatChoices() {
        return formats.choices();
    }

    /**
     * Imports a dataset in the chosen format, or in the one its content shows. Nothing is stored unless every record is
     * valid and no key is already in the study.
     *
     * @throws ImportException listing every problem, or saying which format the file is in when it is not the one
     *     chosen or not one a choice-pair study takes
     */
    /** An item's key, dataset name and metadata checked against their columns, so the database never refuses them. */
    private static void fitsColumns(String file, DatasetItem item, List<ImportProblem> problems) {
        String shortKey = item.key().length() > 40 ? item.key().substring(0, 40) + "…" : item.key();
        if (item.key().length() > KEY_LENGTH) {
            problems.add(ImportProblem.inFile(
                    file,
                    "id",
                    "item '" + shortKey + "': the id has " + item.key().length()
                            + " characters, more than the limit of " + KEY_LENGTH));
        }
        if (item.dataset().length() > SOURCE_LENGTH) {
            problems.add(ImportProblem.inFile(
                    file,
                    null,
                    "the dataset name has more than " + SOURCE_LENGTH + " characters; shorten the file name"));
        }
        int metadataBytes =
                JSON.writeValueAsString(item.metadata()).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        if (metadataBytes > TEXT_BYTES) {
            problems.add(ImportProblem.inFile(
                    file,
                    null,
                    "item '" + shortKey + "': its further columns together have " + metadataBytes
                            + " bytes, more than the limit of " + TEXT_BYTES));
        }
    }

    @Transactional
    public ItemsImported importDataset(long studyId, FormatChoice format, DatasetSource file) {
        StudySummary study = require(studyId);
        if (study.status() != StudyStatus.DRAFT) {
            throw new IllegalArgumentException("Items: only a draft study's items can change");
        }
        DatasetFormats.FormatRead read = formats.read(format, file, null, ImportLimits.withDefaults());
        Set<String> existing = new HashSet<>();
        items.findByStudyIdOrderById(studyId).forEach(i -> existing.add(i.getItemKey()));
        List<ImportProblem> problems = new ArrayList<>();
        for (DatasetItem item : read.items()) {
            if (existing.contains(item.key())) {
                problems.add(
                        ImportProblem.inFile(file.name(), null, "item '" + item.key() + "' is already in this study"));
            }
            fitsColumns(file.name(), item, problems);
        }
        if (!problems.isEmpty()) {
            throw new ImportException(problems, false);
        }
        items.saveAll(read.items().stream()
                .map(i -> new StoredChoicePair(
                        studyId,
                        i.key(),
                        i.dataset(),
                        read.format().id(),
                        i.context(),
                        i.optionA(),
                        i.optionB(),
                        JSON.writeValueAsString(i.metadata()),
                        clock.instant()))
                .toList());
        audit.record(
                AuditAction.IMPORT,
                "study",
                studyId,
                read.format().id() + " " + file.name() + ": " + read.items().size());
        return read.imported(file.name(), read.items().size());
    }

    /** One dataset file in the part {@code file}. */
    @Override
    public List<String> parts() {
        return List.of("file");
    }

    /** {@link #importDataset} for callers outside the items page: the format by its id, or detected. */
    @Override
    @Transactional
    public int importItems(long studyId, java.util.Map<String, DatasetSource> files, String format) {
        FormatChoice choice = format == null || format.isBlank()
                ? FormatChoice.DETECT
                : formatChoices().stream()
                        .filter(c -> format.equals(c.formatId()))
                        .findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("Format: a choice-pair study takes "
                                + formatChoices().stream()
                                        .filter(c -> !c.detect())
                                        .map(FormatChoice::formatId)
                                        .toList()
                                + ", not '" + format + "'"));
        return importDataset(studyId, choice, files.get("file")).items();
    }

    /** The study's items in the order stored. */
    @Transactional(readOnly = true)
    public List<ChoicePairRow> list(long studyId) {
        require(studyId);
        return items.findByStudyIdOrderById(studyId).stream()
                .map(i -> new ChoicePairRow(
                        i.getId(), i.getItemKey(), i.getSource(), i.getContext(), i.getOptionA(), i.getOptionB()))
                .toList();
    }

    /** Why the study cannot open: it has no items yet (no access check: {@link ChoicePairKind} asks). */
    @Transactional(readOnly = true)
    Optional<String> openingProblem(long studyId) {
        return items.countByStudyId(studyId) == 0
                ? Optional.of("The study has no items yet: import them on the Items page.")
                : Optional.empty();
    }

    private StudySummary require(long studyId) {
        return studies.require(studyId, ChoicePairKind.ID);
    }
}
