package org.moralbase.moralmachine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.moralbase.participation.StoredAnswer;
import org.moralbase.stats.amce.AmceAccumulator;
import org.moralbase.stats.amce.AmceDistance;
import org.moralbase.stats.amce.AmceResult;
import org.moralbase.stats.amce.CharactersDefinition;
import org.moralbase.stats.amce.SeType;

/**
 * One study's live AMCE state: an accumulator, a dense cluster id and the last position per session. While
 * the first scan of stored answers runs, arriving answers wait in a queue; afterwards each session's answers
 * are added only beyond its last position, so an answer both scanned and announced counts once (a session's
 * positions arrive in order: the next answer is stored only after the previous one was committed).
 */
final class LiveStudyAmce {

    /** Held while the initial scan runs, so only one viewer scans. */
    final Object scanLock = new Object();

    /** Held while a catch-up with other nodes' answers runs, so only one runs. */
    final Object catchUpLock = new Object();

    /** When the last catch-up (or the scan) began: the next reads the sessions seen since then, less a margin. */
    volatile java.time.Instant caughtUp;

    /** The study's exclusions when the scan began ("count@latest"): another value means a rescan. */
    volatile String exclusions;

    private final AmceAccumulator accumulator = new AmceAccumulator();
    private final Map<String, int[]> sessions = new HashMap<>(); // public id -> {cluster, last position}
    private List<Object[]> waiting = new ArrayList<>(); // {public id, answer} while the scan runs; null after
    private long answers;
    private long unreadable;

    /** Adds an answer read by the initial scan. */
    synchronized void addScanned(String sessionId, StoredAnswer answer) {
        add(sessionId, answer);
    }

    /** Adds an answer announced after its commit; queued while the scan runs. Returns true if it counted now. */
    synchronized boolean addArrived(String sessionId, StoredAnswer answer) {
        if (waiting != null) {
            waiting.add(new Object[] {sessionId, answer});
            return false;
        }
        return add(sessionId, answer);
    }

    /** Ends the scan: adds the answers that arrived meanwhile (those the scan already saw count once). */
    synchronized void scanDone() {
        for (Object[] w : waiting) {
            add((String) w[0], (StoredAnswer) w[1]);
        }
        waiting = null;
    }

    /** Whether the initial scan has finished. */
    synchronized boolean ready() {
        return waiting == null;
    }

    /** The current AMCEs and D. */
    /** The snapshot of a state fed by a scan alone (no arrivals follow): the scan ends, then the snapshot. */
    LiveSnapshot scanned() {
        scanDone();
        return snapshot();
    }

    synchronized LiveSnapshot snapshot() {
        AmceResult result = accumulator.result(SeType.CLUSTER, CharactersDefinition.MAX_STRATUM);
        double d;
        try {
            d = AmceDistance.toAwad2018(result.vector()).distance();
        } catch (IllegalArgumentException missing) {
            d = Double.NaN; // an AMCE has no data yet
        }
        return new LiveSnapshot(result, answers, sessions.size(), unreadable, d);
    }

    private boolean add(String sessionId, StoredAnswer answer) {
        int[] session = sessions.get(sessionId);
        if (session != null && answer.position() <= session[1]) {
            return false;
        }
        if (session == null) {
            session = new int[] {sessions.size(), 0};
            sessions.put(sessionId, session);
        }
        session[1] = answer.position();
        try {
            AnswerRows.amceRows(answer, session[0]).forEach(accumulator::add);
            answers++;
        } catch (IllegalArgumentException notAScenario) {
            unreadable++;
        }
        return true;
    }
}
