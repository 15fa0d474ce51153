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
import org.moralbase.choicepair.format.DistributionWriter;
import org.moralbase.stats.proportion.Proportion;
import org.moralbase.study.StudyService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * People's per-item choice distribution of a choice-pair study in the shape of each dataset its items were imported
 * from ({@link DistributionWriter}), keyed by the dataset's own ids so that it joins with the original release.
 * Each export is audited.
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

    ChoicePairDistributions(
            StoredChoicePairRepository items, ChoicePairResults results, StudyService studies, AuditService audit) {
        this.items = items;
        this.results = results;
        this.studies = studies;
        this.audit = audit;
    }

    /** The formats the study's items were imported from, in {@link ChoiceFormat} order. */
    @Transactional(readOnly = true)
    public List<ChoiceFormat> formats(long studyId) {
        studies.require(studyId, ChoicePairKind.ID);
        return items.findByStudyIdOrderById(studyId).stream()
                .map(i -> ChoiceFormat.valueOf(i.getSourceFormat()))
                .distinct()
                .sorted()
                .toList();
    }

    /** The distribution of the items imported in {@code format}, in the order stored (CSV, or JSONL for Scruples). */
    @Transactional // not read-only: the audit line is written in it
    public String distribution(long studyId, ChoiceFormat format) {
        Map<String, ItemShare> shares =
                results.shares(studyId).stream().collect(Collectors.toMap(ItemShare::key, Function.identity()));
        List<ItemDistribution> rows = new ArrayList<>();
        for (StoredChoicePair item : items.findByStudyIdOrderById(studyId)) {
            if (format.name().equals(item.getSourceFormat())) {
                ItemShare share = shares.get(item.getItemKey());
                Proportion p = share.shareA();
                int a = p == null ? 0 : p.successes();
                int b = p == null ? 0 : p.trials() - p.successes();
                rows.add(new ItemDistribution(choiceItem(item), a, b, share.undecided()));
            }
        }
        audit.record(
                AuditAction.EXPORT,
                "study",
                studyId,
                "choice-pair distribution " + format + ": " + rows.size() + " items");
        return DistributionWriter.write(format, rows);
    }

    private static ChoiceItem choiceItem(StoredChoicePair i) {
        return new ChoiceItem(
                i.getItemKey(),
                i.getContext(),
                i.getOptionA(),
                i.getOptionB(),
                JSON.readValue(i.getMetadata(), METADATA),
                i.getSource());
    }
}
