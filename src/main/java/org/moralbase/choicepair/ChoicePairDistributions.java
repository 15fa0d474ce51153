package org.moralbase.choicepair;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.moralbase.audit.AuditAction;
import org.moralbase.audit.AuditService;
import org.moralbase.base.Roles;
import org.moralbase.choicepair.domain.StoredChoicePair;
import org.moralbase.choicepair.domain.StoredChoicePairRepository;
import org.moralbase.dataimport.format.DatasetFormats;
import org.moralbase.dataimport.format.DatasetItem;
import org.moralbase.stats.proportion.Proportion;
import org.moralbase.study.StudyService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * People's per-item choice distribution of a choice-pair study in the shape of each dataset its items were imported
 * from ({@link ChoicePairFormat#writeDistribution}), keyed by the dataset's own ids so that it joins with the original
 * release. Each export is audited.
 */
@Service
@PreAuthorize(Roles.HAS_RESEARCHER)
public class ChoicePairDistributions {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> METADATA = new TypeReference<>() {};

    private final StoredChoicePairRepository items;
    private final ChoicePairResults results;
    private final StudyService studies;
    private final AuditService audit;
    private final List<ChoicePairFormat> formats;

    ChoicePairDistributions(
            StoredChoicePairRepository items,
            ChoicePairResults results,
            StudyService studies,
            AuditService audit,
            List<ChoicePairFormat> formats) {
        this.items = items;
        this.results = results;
        this.studies = studies;
        this.audit = audit;
        // in the registry's order: the datasets' own formats first, the generic ones last
        this.formats = new DatasetFormats(formats)
                .formats().stream().map(ChoicePairFormat.class::cast).toList();
    }

    /** The distribution files of the formats the study's items were imported from, datasets' own formats first. */
    @Transactional(readOnly = true)
    public List<DistributionFile> files(long studyId) {
        studies.require(studyId, ChoicePairKind.ID);
        List<String> stored = items.findByStudyIdOrderById(studyId).stream()
                .map(StoredChoicePair::getSourceFormat)
                .distinct()
                .toList();
        return formats.stream()
                .filter(f -> stored.contains(f.id()))
                .map(ChoicePairFormat::distribution)
                .distinct()
                .toList();
    }

    /** The distribution file {@code name} of the study's items, in the order stored (CSV, or JSONL for Scruples). */
    @Transactional // not read-only: the audit line is written in it
    public String distribution(long studyId, String name) {
        ChoicePairFormat writer = formats.stream()
                .filter(f -> f.distribution().name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no distribution file " + name));
        List<String> ids = formats.stream()
                .filter(f -> f.distribution().name().equals(name))
                .map(ChoicePairFormat::id)
                .toList();
        Map<String, ItemShare> shares =
                results.shares(studyId).stream().collect(Collectors.toMap(ItemShare::key, Function.identity()));
        List<ItemDistribution> rows = new ArrayList<>();
        for (StoredChoicePair item : items.findByStudyIdOrderById(studyId)) {
            if (ids.contains(item.getSourceFormat())) {
                ItemShare share = shares.get(item.getItemKey());
                Proportion p = share.shareA();
                int a = p == null ? 0 : p.successes();
                int b = p == null ? 0 : p.trials() - p.successes();
                rows.add(new ItemDistribution(datasetItem(item), a, b, share.undecided()));
            }
        }
        audit.record(
                AuditAction.EXPORT,
                "study",
                studyId,
                "choice-pair distribution " + name + ": " + rows.size() + " items");
        return writer.writeDistribution(rows);
    }

    private static DatasetItem datasetItem(StoredChoicePair i) {
        return new DatasetItem(
                i.getItemKey(),
                i.getContext(),
                i.getOptionA(),
                i.getOptionB(),
                JSON.readValue(i.getMetadata(), METADATA),
                i.getSource(),
                null);
    }
}
