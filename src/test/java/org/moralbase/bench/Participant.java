package org.moralbase.bench;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One virtual participant: arrives with its own Prolific id, agrees, answers {@code answers} scenarios. Some
 * double-click (by index): i % 10 == 0 sends two click RPCs in one request (what Chromium sends for two quick
 * clicks) at positions 3 and 9; i % 10 == 1 sends a second request clicking the old button right after the first
 * answer's response (positions 4 and 10); i % 10 == 2 replays its request unchanged (position 6), as a browser
 * does after a lost response.
 */
final class Participant {

    /** What all participants measured; shared, thread-safe. */
    static final class Results {
        final Queue<Long> choiceNanos = new ConcurrentLinkedQueue<>();
        final Queue<Long> arrivalNanos = new ConcurrentLinkedQueue<>();
        final Queue<Long> serverNanos = new ConcurrentLinkedQueue<>();
        final Queue<Long> turnNanos = new ConcurrentLinkedQueue<>();
        final Queue<String> errors = new ConcurrentLinkedQueue<>();
        final AtomicInteger clicks = new AtomicInteger();
        final AtomicInteger sameRequest = new AtomicInteger();
        final AtomicInteger secondRequest = new AtomicInteger();
        final AtomicInteger replays = new AtomicInteger();
        final AtomicInteger slowSaves = new AtomicInteger();
        final AtomicLong firstChoiceStart = new AtomicLong(Long.MAX_VALUE);
        final AtomicLong lastChoiceEnd = new AtomicLong(Long.MIN_VALUE);
        final int[] answered; // per participant: positions whose response showed the next step

        Results(int participants) {
            answered = new int[participants];
        }

        long[] choices() {
            return choiceNanos.stream().mapToLong(Long::longValue).toArray();
        }

        long[] server() {
            return serverNanos.stream().mapToLong(Long::longValue).toArray();
        }

        long[] turn() {
            return turnNanos.stream().mapToLong(Long::longValue).toArray();
        }

        long[] arrivals() {
            return arrivalNanos.stream().mapToLong(Long::longValue).toArray();
        }

        /** Positions each participant saw confirmed, by index (the database must hold exactly these). */
        int[] intended() {
            synchronized (answered) {
                return answered.clone();
            }
        }
    }

    private final UidlClient ui;
    private final String link;
    private final int index;
    private final int answers;
    private final long thinkMs;
    private final boolean doubles;
    private final Results results;
    private final java.util.Random random;

    Participant(
            UidlClient ui,
            String study,
            String prolificId,
            int index,
            int answers,
            long thinkMs,
            boolean doubles,
            Results results) {
        this.ui = ui;
        this.link = "/take/" + study + "?PROLIFIC_PID=" + prolificId + "&STUDY_ID=be0c00000000000000000000&SESSION_ID="
                + String.format("%024x", index);
        this.index = index;
        this.answers = answers;
        this.thinkMs = thinkMs;
        this.doubles = doubles;
        this.results = results;
        this.random = new java.util.Random(index);
    }

    void run() {
        try {
            long t = System.nanoTime();
            ui.open(link);
            require(ui.node("consent-agree"), "consent-agree after arrival");
            ui.rpc(UidlClient.click(ui.node("consent-agree")));
            require(ui.node("choose-left"), "choose-left after consent");
            results.arrivalNanos.add(System.nanoTime() - t);
            for (int position = 1; position <= answers; position++) {
                if (thinkMs > 0) { // uniform in [0.5, 1.5] × think time, so participants drift out of step
                    Thread.sleep(thinkMs / 2 + random.nextLong(thinkMs + 1));
                }
                answer(position);
                synchronized (results.answered) {
                    results.answered[index] = position;
                }
            }
        } catch (Exception | AssertionError e) {
            results.errors.add(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private void answer(int position) throws Exception {
        int button = require(ui.node("choose-" + MmLoad.side(position)), "choose button at " + position);
        String click = UidlClient.choiceClick(button, position);
        int kind = doubles ? index % 10 : -1;
        long t = System.nanoTime();
        results.firstChoiceStart.accumulateAndGet(t, Math::min);
        if (kind == 0 && (position == 3 || position == 9)) {
            ui.rpc(click, click);
            results.clicks.addAndGet(2);
            results.sameRequest.incrementAndGet();
        } else {
            ui.rpc(click);
            results.clicks.incrementAndGet();
        }
        if (ui.lastSaveMs() >= 0) {
            results.serverNanos.add((long) (ui.lastSaveMs() * 1e6));
            results.turnNanos.add((long) ((ui.lastSaveMs() - ui.lastQueueMs()) * 1e6));
        }
        if (!showsStepAfter(position)) { // saving took longer than the page waits: the next step comes by push
            results.slowSaves.incrementAndGet();
            while (!showsStepAfter(position) && System.nanoTime() - t < 60_000_000_000L) {
                Thread.sleep(250);
                ui.rpc(); // no push connection here: an empty request fetches what the server has for the page
            }
        }
        long end = System.nanoTime();
        int shown = nextStep(position);
        if (ui.lastResponse().contains("Scenario " + (position + 2) + " of ")) {
            throw new AssertionError("one click moved two scenarios at " + position);
        }
        results.choiceNanos.add(end - t);
        results.lastChoiceEnd.accumulateAndGet(end, Math::max);
        if (kind == 1 && (position == 4 || position == 10)) {
            ui.rpc(click); // the old button, now detached: the server must store nothing
            results.clicks.incrementAndGet();
            results.secondRequest.incrementAndGet();
        } else if (kind == 2 && position == 6) {
            ui.replayLast(); // same clientId again: Vaadin answers from its last response
            results.clicks.incrementAndGet();
            results.replays.incrementAndGet();
        } else {
            return;
        }
        if (stepNode(position) != shown) {
            throw new AssertionError("an extra click moved the page on at " + position);
        }
    }

    private boolean showsStepAfter(int position) {
        return position < MmLoad.SCENARIOS
                ? ui.lastResponse().contains("Scenario " + (position + 1) + " of ")
                : ui.node("survey-step") >= 0;
    }

    /** Checks that the last response shows the step after this position; returns that step's node. */
    private int nextStep(int position) {
        if (position < MmLoad.SCENARIOS && !ui.lastResponse().contains("Scenario " + (position + 1) + " of ")) {
            throw new AssertionError("response after " + position + " does not show scenario " + (position + 1));
        }
        return require(stepNode(position), "the step after " + position);
    }

    private int stepNode(int position) {
        return ui.node(position < MmLoad.SCENARIOS ? "choose-left" : "survey-step");
    }

    private static int require(int node, String what) {
        if (node < 0) {
            throw new AssertionError("missing " + what);
        }
        return node;
    }
}
