package org.moralbase.choicepair;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.moralbase.audit.AuditAction;
import org.moralbase.audit.AuditService;
import org.moralbase.base.Roles;
import org.moralbase.choicepair.domain.ChoicePairResponse;
import org.moralbase.choicepair.domain.ChoicePairResponseRepository;
import org.moralbase.choicepair.domain.StoredChoicePair;
import org.moralbase.choicepair.domain.StoredChoicePairRepository;
import org.moralbase.dataimport.text.CsvText;
import org.moralbase.participation.SessionState;
import org.moralbase.participation.StudyResponses;
import org.moralbase.stats.proportion.Proportion;
import org.moralbase.study.StudyService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A choice-pair study's CSV exports, each audited: every answer in long format, and the shares page as a table
 * (people's share of A per item beside each model's). Columns in docs/formats.md.
 */
@Service
@PreAuthorize(Roles.HAS_RESEARCHER)
public class ChoicePairExport {

    static final List<String> RESPONSE_COLUMNS = List.of(
            "participant",
            "source",
            "external_id",
            "session_status",
            "position",
            "item",
            "order_shown",
            "choice",
            "reason",
            "response_time_ms",
            "answered_at",
            "condition");

    static final List<String> SHARE_COLUMNS = List.of(
            "item",
            "option_a",
            "option_b",
            "people_n",
            "people_a",
            "people_undecided",
            "people_share_a",
            "people_share_a_ci_low",
            "people_share_a_ci_high",
            "model",
            "model_n",
            "model_share_a",
            "model_unparseable",
            "model_difference",
            "kl_divergence",
            "divergence_smoothing",
            "majorities_agree");

    /** The smoothing of the model share in {@code kl_divergence}, written beside every value. */
    static final String SMOOTHING = "jeffreys (k+0.5)/(n+1)";

    private final StoredChoicePairRepository items;
    private final ChoicePairResponseRepository responses;
    private final ChoicePairResults results;
    private final ChoicePairModels models;
    private final StudyResponses sessions;
    private final StudyService studies;
    private final AuditService audit;

    ChoicePairExport(
            StoredChoicePairRepository items,
            ChoicePairResponseRepository responses,
            ChoicePairResults results,
            ChoicePairModels models,
            StudyResponses sessions,
            StudyService studies,
            AuditService audit) {
        this.items = items;
        this.responses = responses;
        this.results = results;
        this.models = models;
        this.sessions = sessions;
        this.studies = studies;
        this.audit = audit;
    }

    /**
     * One row per answer: sessions in the order they started, answers in the order shown; the choice in the item's
     * own labels (A, B or undecided), whichever order the participant saw.
     */
    @Transactional // not read-only: the audit line is written in it
    public String responsesCsv(long studyId) {
        studies.require(studyId, ChoicePairKind.ID);
        Map<Long, String> keys = items.findByStudyIdOrderById(studyId).stream()
                .collect(Collectors.toMap(StoredChoicePair::getId, StoredChoicePair::getItemKey));
        Map<Long, List<ChoicePairResponse>> bySession =
                responses.findByStudyIdOrderBySessionIdAscPositionAsc(studyId).stream()
                        .collect(Collectors.groupingBy(
                                ChoicePairResponse::getSessionId, LinkedHashMap::new, Collectors.toList()));
        List<List<Object>> rows = new ArrayList<>();
        try {
            sessions.forEachSession(studyId, s -> {
                if (s.session().excluded()) {
                    return; // a researcher excluded the session from the analyses and exports
                }
                for (ChoicePairResponse r : bySession.getOrDefault(s.session().id(), List.of())) {
                    rows.add(responseRow(s.session(), r, keys.get(r.getItemId())));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(AuditAction.EXPORT, "study", studyId, "choice-pair responses CSV: " + rows.size() + " rows");
        return CsvText.write(RESPONSE_COLUMNS, rows);
    }

    private static List<Object> responseRow(SessionState session, ChoicePairResponse r, String itemKey) {
        String choice = ChoicePairParticipation.UNDECIDED.equals(r.getChoice())
                ? r.getChoice().toLowerCase(Locale.ROOT)
                : r.getChoice();
        return Arrays.asList(
                session.participantId(),
                session.source().name(),
                session.externalId(),
                session.status().name(),
                r.getPosition(),
                itemKey,
                r.isSwapped() ? "BA" : "AB",
                choice,
                r.getReason(),
                r.getResponseTimeMs(),
                r.getAnsweredAt().toString(),
                session.conditionCode());
    }

    /**
     * The shares page as a table: one row per item and model (models in name order), or one row per item with
     * empty model columns when no model has answered. Model figures come from {@link ChoicePairModels#compare}: the
     * balanced runs of each model pooled, as on the page by default.
     */
    @Transactional // not read-only: the audit line is written in it
    public String sharesCsv(long studyId) {
        List<ItemShare> human = results.shares(studyId);
        Map<String, List<ItemModelShare>> byItem = models.compare(studyId).items().stream()
                .collect(Collectors.groupingBy(ItemModelShare::itemKey, LinkedHashMap::new, Collectors.toList()));
        List<List<Object>> rows = new ArrayList<>();
        for (ItemShare share : human) {
            List<ItemModelShare> beside = byItem.getOrDefault(share.key(), List.of());
            if (beside.isEmpty()) {
                rows.add(shareRow(share, null));
            }
            beside.forEach(m -> rows.add(shareRow(share, m)));
        }
        audit.record(AuditAction.EXPORT, "study", studyId, "choice-pair shares CSV: " + rows.size() + " rows");
        return CsvText.write(SHARE_COLUMNS, rows);
    }

    private static List<Object> shareRow(ItemShare share, ItemModelShare model) {
        List<Object> row = new ArrayList<>(List.of(share.key(), share.optionA(), share.optionB()));
        Proportion p = share.shareA();
        row.addAll(Arrays.asList(
                p == null ? 0 : p.trials(),
                p == null ? 0 : p.successes(),
                share.undecided(),
                p == null ? null : CsvText.decimal(p.estimate()),
                p == null ? null : CsvText.decimal(p.ciLow()),
                p == null ? null : CsvText.decimal(p.ciHigh())));
        row.addAll(
                model == null
                        ? Collections.nCopies(9, null)
                        : Arrays.asList(
                                model.model(),
                                model.parseable(),
                                CsvText.decimal(model.modelShareA()),
                                model.unparseable(),
                                CsvText.decimal(model.difference()),
                                CsvText.decimal(model.divergence()),
                                model.divergence() == null ? null : SMOOTHING,
                                model.agrees() == null ? null : model.agrees() ? "yes" : "no"));
        return row;
    }
}
