package org.moralbase.moralgraph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.moralbase.audit.AuditAction;
import org.moralbase.audit.AuditService;
import org.moralbase.base.Roles;
import org.moralbase.dataimport.text.CsvText;
import org.moralbase.moralgraph.domain.InterviewTurnRepository;
import org.moralbase.moralgraph.domain.InterviewTurnRow;
import org.moralbase.moralgraph.domain.StoredCard;
import org.moralbase.moralgraph.domain.StoredCardRepository;
import org.moralbase.participation.SessionState;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A values-card study's cards with the interviews that helped write them (decision 0037): for the researcher's cards
 * page, and as a CSV, one row a turn (docs/formats.md). Excluded sessions' cards are left out, as in every export.
 */
@Service
@PreAuthorize(Roles.HAS_RESEARCHER)
public class CardTranscripts {

    static final List<String> COLUMNS = List.of("card_id", "participant", "turn", "role", "text", "said_at");

    private final StoredCardRepository cards;
    private final InterviewTurnRepository turns;
    private final ValuesCardExport export;
    private final AuditService audit;

    CardTranscripts(
            StoredCardRepository cards, InterviewTurnRepository turns, ValuesCardExport export, AuditService audit) {
        this.cards = cards;
        this.turns = turns;
        this.export = export;
        this.audit = audit;
    }

    /**
     * A card with its author and interview.
     *
     * @param participant the participant's id, or null for an imported card
     * @param transcript the interview's turns in order, empty when written alone or imported
     */
    public record CardWithTranscript(CardView card, String participant, List<InterviewTurn> transcript) {}

    /** The study's cards in the order written or imported, each with its interview. */
    @Transactional(readOnly = true)
    public List<CardWithTranscript> list(long studyId) {
        Map<Long, SessionState> sessions = export.sessionsById(studyId);
        List<StoredCard> kept = cards.findByStudyIdOrderById(studyId).stream()
                .filter(c -> c.getSessionId() == null || sessions.containsKey(c.getSessionId()))
                .toList();
        Map<Long, List<InterviewTurn>> byCard = new HashMap<>();
        for (InterviewTurnRow t : turns.findByCardIdInOrderByCardIdAscTurnNoAsc(
                kept.stream().map(StoredCard::getId).toList())) {
            byCard.computeIfAbsent(t.getCardId(), id -> new ArrayList<>())
                    .add(new InterviewTurn(t.getRole(), t.getText(), t.getSaidAt()));
        }
        List<CardWithTranscript> out = new ArrayList<>();
        for (StoredCard c : kept) {
            SessionState s = c.getSessionId() == null ? null : sessions.get(c.getSessionId());
            out.add(new CardWithTranscript(
                    ValuesCardParticipation.view(c),
                    s == null ? null : s.participantId(),
                    byCard.getOrDefault(c.getId(), List.of())));
        }
        return out;
    }

    /** Every interview turn, one row each: card, participant, turn number, role, text, time. */
    @Transactional
    public String csv(long studyId) {
        List<List<Object>> rows = new ArrayList<>();
        for (CardWithTranscript c : list(studyId)) {
            for (int i = 0; i < c.transcript().size(); i++) {
                InterviewTurn t = c.transcript().get(i);
                rows.add(Arrays.asList(c.card().id(), c.participant(), i + 1, t.role(), t.text(), t.at().toString()));
            }
        }
        audit.record(AuditAction.EXPORT, "study", studyId, "card interviews CSV: " + rows.size() + " turns");
        return CsvText.write(COLUMNS, rows);
    }
}
