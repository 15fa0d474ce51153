package org.moralbase.dvb;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.moralbase.dvb.domain.DvbAssignment;
import org.moralbase.dvb.domain.DvbAssignmentRepository;
import org.moralbase.dvb.domain.DvbCondition;
import org.moralbase.dvb.domain.DvbConditionRepository;
import org.moralbase.dvb.domain.StoredDvbItem;
import org.moralbase.dvb.domain.StoredDvbItemRepository;
import org.springframework.stereotype.Component;

/**
 * Assigns a participant's trials under quotas. Runs inside the caller's transaction and first locks every quota
 * cell of the study, so concurrent arrivals are assigned one after another: each slot goes to the least filled
 * cell, which keeps the cells within one slot of each other (docs/decisions/0006-dvb-quotas.md).
 */
@Component
class DvbAssigner {

    static final String TRIAL = "TRIAL";
    static final String CHECK = "CHECK";

    private final DvbConditionRepository conditions;
    private final DvbAssignmentRepository assignments;
    private final StoredDvbItemRepository items;
    private final Clock clock;

    DvbAssigner(
            DvbConditionRepository conditions,
            DvbAssignmentRepository assignments,
            StoredDvbItemRepository items,
            Clock clock) {
        this.conditions = conditions;
        this.assignments = assignments;
        this.items = items;
        this.clock = clock;
    }

    /**
     * The session's trials, assigned now if it has none. Returns the sessions whose slots were given back because
     * they were abandoned, so the caller can close them.
     */
    Set<Long> assign(long studyId, long sessionId, long seed, DvbSettings settings) {
        List<DvbCondition> cells = conditions.lockByStudyId(studyId);
        if (!assignments.findBySessionIdOrderByPosition(sessionId).isEmpty()) {
            return Set.of();
        }
        Instant now = clock.instant();
        Set<Long> abandoned =
                releaseStale(studyId, cells, now.minus(Duration.ofMinutes(settings.abandonAfterMinutes())));

        SplittableRandom random = new SplittableRandom(seed);
        Map<Long, List<StoredDvbItem>> usable = new HashMap<>();
        List<StoredDvbItem> all = items.findByStudyIdOrderById(studyId).stream()
                .filter(i -> i.getExamples() != null)
                .toList();
        for (DvbCondition cell : cells) {
            usable.put(
                    cell.getId(),
                    all.stream()
                            .filter(i -> cell.holds(i.getNTraining(), i.getValueSet(), i.getContextName()))
                            .toList());
        }
        Map<Long, Integer> tieRank = new HashMap<>();
        List<DvbCondition> shuffled = new ArrayList<>(cells);
        shuffle(shuffled, random);
        for (int i = 0; i < shuffled.size(); i++) {
            tieRank.put(shuffled.get(i).getId(), i);
        }
        Set<Long> usedItems = new HashSet<>();
        Map<Long, Integer> usedCells = new HashMap<>();
        List<DvbAssignment> picked = new ArrayList<>();
        for (int k = 0; k < settings.trialsPerParticipant(); k++) {
            DvbCondition cell = cells.stream()
                    .filter(c -> settings.quotaPerCondition() == null || c.getFilled() < settings.quotaPerCondition())
                    .filter(c -> usable.get(c.getId()).stream().anyMatch(i -> !usedItems.contains(i.getId())))
                    .min(Comparator.comparingInt(DvbCondition::getFilled)
                            .thenComparingInt(c -> usedCells.getOrDefault(c.getId(), 0))
                            .thenComparingInt(c -> tieRank.get(c.getId())))
                    .orElse(null);
            if (cell == null) {
                break;
            }
            List<StoredDvbItem> open = usable.get(cell.getId()).stream()
                    .filter(i -> !usedItems.contains(i.getId()))
                    .toList();
            StoredDvbItem item = open.get(random.nextInt(open.size()));
            usedItems.add(item.getId());
            usedCells.merge(cell.getId(), 1, Integer::sum);
            cell.take();
            picked.add(new DvbAssignment(
                    studyId, sessionId, 0, item.getId(), cell.getId(), TRIAL, random.nextBoolean(), now));
        }
        if (picked.isEmpty()) {
            return abandoned;
        }
        List<DvbAssignment> ordered =
                withChecks(picked, all, settings.attentionChecks(), random, studyId, sessionId, now);
        assignments.saveAll(ordered);
        return abandoned;
    }

    /** Gives back the unanswered slots of sessions idle since before the cutoff; returns those sessions. */
    private Set<Long> releaseStale(long studyId, List<DvbCondition> cells, Instant cutoff) {
        Set<Long> sessions = new LinkedHashSet<>();
        for (DvbAssignment stale : assignments.findStale(studyId, cutoff)) {
            sessions.add(stale.getSessionId());
        }
        for (long session : sessions) {
            release(session, cells, false);
        }
        return sessions;
    }

    /** Releases a session's held slots: unanswered ones, or all of them when its answers are excluded. */
    void release(long sessionId, List<DvbCondition> cells, boolean answeredToo) {
        for (DvbAssignment a : assignments.findBySessionIdOrderByPosition(sessionId)) {
            if (a.isReleased() || (a.getAnsweredAt() != null && !answeredToo)) {
                continue;
            }
            a.release();
            if (a.getConditionId() != null) {
                cells.stream()
                        .filter(c -> c.getId().equals(a.getConditionId()))
                        .findFirst()
                        .ifPresent(DvbCondition::giveBack);
            }
        }
    }

    /** Locks the study's cells (for callers that release slots outside {@link #assign}). */
    List<DvbCondition> lock(long studyId) {
        return conditions.lockByStudyId(studyId);
    }

    private static List<DvbAssignment> withChecks(
            List<DvbAssignment> trials,
            List<StoredDvbItem> all,
            int checks,
            SplittableRandom random,
            long studyId,
            long sessionId,
            Instant now) {
        int total = trials.size() + checks;
        Set<Integer> checkPositions = new HashSet<>();
        for (int j = 1; j <= checks; j++) {
            checkPositions.add((int) Math.round(j * (total + 1.0) / (checks + 1)));
        }
        List<DvbAssignment> ordered = new ArrayList<>();
        int next = 0;
        for (int position = 1; position <= total; position++) {
            if (checkPositions.contains(position) || next >= trials.size()) {
                StoredDvbItem item = all.get(random.nextInt(all.size()));
                ordered.add(new DvbAssignment(
                        studyId, sessionId, position, item.getId(), null, CHECK, random.nextBoolean(), now));
            } else {
                DvbAssignment t = trials.get(next++);
                ordered.add(new DvbAssignment(
                        studyId, sessionId, position, t.getItemId(), t.getConditionId(), TRIAL, t.isSwapped(), now));
            }
        }
        return ordered;
    }

    private static <T> void shuffle(List<T> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }
}
