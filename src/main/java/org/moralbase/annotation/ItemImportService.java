package org.moralbase.annotation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.moralbase.annotation.domain.AnnotationItem;
import org.moralbase.annotation.domain.AnnotationItemRepository;
import org.moralbase.annotation.domain.AnnotationProject;
import org.moralbase.audit.AuditAction;
import org.moralbase.audit.AuditService;
import org.moralbase.base.Roles;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.ImportException;
import org.moralbase.dataimport.ImportLimits;
import org.moralbase.dataimport.ImportProblem;
import org.moralbase.dataimport.format.DatasetFormat;
import org.moralbase.dataimport.format.DatasetFormats;
import org.moralbase.dataimport.format.DatasetItem;
import org.moralbase.dataimport.format.FormatChoice;
import org.moralbase.dataimport.format.ItemsImported;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports items into a project, all or nothing, in any dataset format the application knows (the registry of
 * {@link DatasetFormat}s), chosen or detected from the file: the reader rejects a file with every problem listed, and a
 * key already in the project rejects the whole file too. Items are copied in (text, metadata and the record as it
 * stands in the file, for the export in that format), so the project does not depend on another feature's tables. A
 * metadata field {@code gold_<question code>} is that question's gold answer.
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
    private final DatasetFormats formats;

    ItemImportService(
            AnnotationItemRepository items, ProjectAccess access, AuditService audit, List<DatasetFormat> formats) {
        this.items = items;
        this.access = access;
        this.audit = audit;
        this.formats = new DatasetFormats(formats);
    }

    /** What a researcher may choose for an upload: detection (the default), then every format. */
    public List<FormatChoice> formatChoices() {
        return formats.choices();
    }

    /**
     * Reads and stores the items of one file.
     *
     * @param extra DailyDilemmas' optional values.csv or DVB's optional examples file; else null
     * @return what was stored, and in which format
     * @throws ImportException listing every problem; nothing is stored then
     */
    @Transactional
    public ItemsImported importItems(long projectId, FormatChoice format, DatasetSource file, DatasetSource extra) {
        AnnotationProject project = access.managed(projectId);
        DatasetFormats.FormatRead read = formats.read(format, file, extra, ImportLimits.withDefaults());
        Set<String> seen = new HashSet<>();
        List<ImportProblem> clashes = new ArrayList<>();
        for (DatasetItem item : read.items()) {
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
        // a seeded shuffle, so items reach workers in a random but replayable order
        Random random = new Random(project.getRandomSeed() ^ items.countByProjectId(projectId));
        for (DatasetItem item : read.items()) {
            AnnotationItem stored = new AnnotationItem(
                    projectId,
                    item.key(),
                    truncate(item.dataset(), 100),
                    item.context(),
                    item.optionA(),
                    item.optionB(),
                    MetadataJson.write(item.metadata()),
                    random.nextLong());
            // kept for the export in the source format; a record too long for the column is not kept
            if (item.record() != null && item.record().getBytes(StandardCharsets.UTF_8).length <= MAX_RECORD_BYTES) {
                stored.keepSourceRecord(read.format().id(), item.record());
            }
            items.save(stored);
        }
        audit.record(
                AuditAction.IMPORT,
                AnnotationProjectService.TARGET,
                projectId,
                read.items().size() + " items from " + read.format().id() + " " + file.name());
        return read.imported(file.name(), read.items().size());
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
