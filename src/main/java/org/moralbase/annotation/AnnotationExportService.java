package org.moralbase.annotation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.Set;
import org.moralbase.annotation.domain.AnnotationItem;
import org.moralbase.annotation.domain.AnnotationProject;
import org.moralbase.audit.AuditAction;
import org.moralbase.audit.AuditService;
import org.moralbase.base.Roles;
import org.moralbase.dataimport.format.DatasetFormat;
import org.moralbase.dataimport.format.DatasetFormats;
import org.moralbase.dataimport.format.LabelledRecord;
import org.moralbase.dataimport.text.CsvText;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports, each audited: the validated dataset (the generic CSV columns {@code id, context, option_a,
 * option_b}, the metadata, then per question {@code label_<q>, decided_by_<q>, majority_share_<q>,
 * ratings_<q>}) and every judgement in long format ({@code item, rater, question, value, time_ms,
 * submitted_at}), excluded workers included; and the items in the format they were imported from with the final
 * labels added ({@link #sourceFormatExport}).
 */
@Service
@PreAuthorize(Roles.HAS_RESEARCHER)
public class AnnotationExportService {

    private final ProjectAccess access;
    private final ProjectData data;
    private final QualityService quality;
    private final AuditService audit;
    private final DatasetFormats formats;

    AnnotationExportService(
            ProjectAccess access,
            ProjectData data,
            QualityService quality,
            AuditService audit,
            List<DatasetFormat> formats) {
        this.access = access;
        this.data = data;
        this.quality = quality;
        this.audit = audit;
        this.formats = new DatasetFormats(formats);
    }

    /** All judgements, one row per (item, rater, question), in submission order. */
    @Transactional // not read-only: the audit line is written in it
    public String judgementsCsv(long projectId) {
        access.managed(projectId);
        List<Judgement> all = data.load(projectId).judgements();
        String csv = csv(
                List.of("item", "rater", "question", "value", "time_ms", "submitted_at"),
                all.stream()
                        .map(j -> List.of(
                                j.itemKey(),
                                j.rater(),
                                j.question(),
                                j.value(),
                                Long.toString(j.timeMs()),
                                j.submittedAt().toString()))
                        .toList());
        audit.record(
                AuditAction.EXPORT, AnnotationProjectService.TARGET, projectId, "judgements " + all.size() + " rows");
        return csv;
    }

    /** The items with their final labels: the reviewer's decision, else a clear majority, else empty. */
    @Transactional // not read-only: the audit line is written in it
    public String datasetCsv(long projectId) {
        AnnotationProject project = access.managed(projectId);
        ProjectData.Snapshot s = data.load(projectId);
        QualityReport report = quality.compute(project, s);
        Map<String, QualityReport.ItemRow> rows = rowsByItemAndQuestion(report);
        Set<String> metaKeys = new LinkedHashSet<>();
        List<SequencedMap<String, String>> metas = new ArrayList<>();
        for (AnnotationItem item : s.items()) {
            SequencedMap<String, String> meta = MetadataJson.read(item.getMetadata());
            metas.add(meta);
            metaKeys.addAll(meta.keySet());
        }
        List<String> header = new ArrayList<>(List.of("id", "context", "option_a", "option_b"));
        header.addAll(metaKeys);
        List<String> codes = s.specs().stream().map(QuestionSpec::code).toList();
        codes.forEach(
                c -> header.addAll(List.of("label_" + c, "decided_by_" + c, "majority_share_" + c, "ratings_" + c)));
        List<List<String>> records = new ArrayList<>();
        for (int i = 0; i < s.items().size(); i++) {
            AnnotationItem item = s.items().get(i);
            List<String> record = new ArrayList<>(
                    List.of(item.getItemKey(), item.getContext(), item.getOptionA(), item.getOptionB()));
            SequencedMap<String, String> meta = metas.get(i);
            metaKeys.forEach(k -> record.add(meta.getOrDefault(k, "")));
            for (String c : codes) {
                QualityReport.ItemRow r = rows.get(item.getItemKey() + "\u0000" + c);
                String by = s.decision(item.getItemKey(), c)
                        .map(f -> f.getDecidedBy())
                        .orElse(null);
                record.add(finalLabel(s, rows, item.getItemKey(), c));
                record.add(by != null ? by : r == null ? "" : r.decidedBy());
                record.add(
                        r == null || r.ratings() == 0
                                ? ""
                                : String.format(java.util.Locale.ROOT, "%.4f", r.majorityShare()));
                record.add(r == null ? "0" : Integer.toString(r.ratings()));
            }
            records.add(record);
        }
        audit.record(
                AuditAction.EXPORT, AnnotationProjectService.TARGET, projectId, "dataset " + records.size() + " items");
        return csv(header, records);
    }

    /** The formats the project's items were imported from (with their records), for {@link #sourceFormatExport}. */
    @Transactional(readOnly = true)
    public List<SourceFormatOption> sourceFormats(long projectId) {
        access.managed(projectId);
        Set<String> stored = new java.util.HashSet<>();
        data.load(projectId).items().forEach(i -> stored.add(i.getSourceFormat()));
        return formats.formats().stream()
                .filter(f -> stored.contains(f.id()))
                .map(f -> new SourceFormatOption(f.id(), f.label(), f.shape().extension()))
                .toList();
    }

    /**
     * The items imported in the format {@code formatId}, written back in that format (file order, every original
     * column or field) with the final labels added: CSV columns {@code label_<q>}, JSON field {@code labels: {q:
     * label}}. The format's reader takes the file back. Items imported before records were kept are left out.
     */
    @Transactional // not read-only: the audit line is written in it
    public String sourceFormatExport(long projectId, String formatId) {
        AnnotationProject project = access.managed(projectId);
        DatasetFormat format =
                formats.find(formatId).orElseThrow(() -> new IllegalArgumentException("unknown format " + formatId));
        ProjectData.Snapshot s = data.load(projectId);
        Map<String, QualityReport.ItemRow> rows = rowsByItemAndQuestion(quality.compute(project, s));
        List<String> codes = s.specs().stream().map(QuestionSpec::code).toList();
        List<LabelledRecord> labelled = new ArrayList<>();
        for (AnnotationItem item : s.items()) {
            if (formatId.equals(item.getSourceFormat()) && item.getSourceRecord() != null) {
                Map<String, String> labels = new java.util.LinkedHashMap<>();
                codes.forEach(c -> labels.put(c, finalLabel(s, rows, item.getItemKey(), c)));
                labelled.add(new LabelledRecord(item.getSourceRecord(), labels));
            }
        }
        String out = format.write(codes, labelled);
        audit.record(
                AuditAction.EXPORT,
                AnnotationProjectService.TARGET,
                projectId,
                "source format " + formatId + " " + labelled.size() + " items");
        return out;
    }

    private static Map<String, QualityReport.ItemRow> rowsByItemAndQuestion(QualityReport report) {
        Map<String, QualityReport.ItemRow> rows = new HashMap<>();
        report.items().forEach(r -> rows.put(r.itemKey() + "\u0000" + r.question(), r));
        return rows;
    }

    /** The reviewer's decision, else the clear majority, else "". */
    private static String finalLabel(
            ProjectData.Snapshot s, Map<String, QualityReport.ItemRow> rows, String itemKey, String code) {
        QualityReport.ItemRow r = rows.get(itemKey + "\u0000" + code);
        return s.decision(itemKey, code).map(f -> f.getLabel()).orElse(r == null ? "" : r.finalLabel());
    }

    private static String csv(List<String> header, List<List<String>> records) {
        return CsvText.write(header, records);
    }
}
