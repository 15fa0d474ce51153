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
        // the two pictures of each new scenario, fetched after it is shown, as a browser does (not in its timing)
        final Queue<Long> pictureNanos = new ConcurrentLinkedQueue<>();
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
        // with --resume (the fault benchmark): failed requests, reloads, and what they showed
        final Queue<String> failures = new ConcurrentLinkedQueue<>();
        final AtomicInteger answerClicks = new AtomicInteger();
        final AtomicInteger resumes = new AtomicInteger();
        final AtomicInteger rightResumes = new AtomicInteger();
        final AtomicInteger inFlightStored = new AtomicInteger();
        final AtomicInteger gaveUp = new AtomicInteger();
        final Queue<Long> pauseNanos = new ConcurrentLinkedQueue<>();
        final int[] answered; // per participant: positions whose response showed the next step

        Results(int participants) {
            answered = new int[participants];
        }

        long[] choices() {
            return choiceNanos.stream().mapToLong(Long::longValue).toArray();
        }

        long[] pictures() {
            return pictureNanos.stream().mapToLong(Long::longValue).toArray();
        }

        long[] server() {
            return serverNanos.stream().mapToLong(Long::longValue).toArray();
        }

        long[] turn() {
            return turnNanos.stream().mapToLong(Long::longValue).toArray();
        }

        long[] pauses() {
            return pauseNanos.stream().mapToLong(Long::longValue).toArray();
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
    private final boolean resume;
    private long actionStart; // when the request now in progress started (a pause is measured from there)
    private int inFlight; // the position whose click was sent and not yet acknowledged, or 0
    private boolean skipSurvey; // after the last answer, skip the survey and wait for the closing page

    Participant(
            UidlClient ui,
            String study,
            String prolificId,
            int index,
            int answers,
            long thinkMs,
            boolean doubles,
            Results results,
            boolean resume) {
        this.resume = resume;
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

    /** After the last answer, skips the survey to the closing page (for the heap of finished sessions). */
    Participant skippingSurvey(boolean skip) {
        this.skipSurvey = skip;
        return this;
    }

    void run() {
        if (resume) {
            runResuming();
            return;
        }
        try {
            long t = System.nanoTime();
            arrive();
            results.arrivalNanos.add(System.nanoTime() - t);
            for (int position = 1; position <= answers; position++) {
                think();
                answer(position);
            }
            if (skipSurvey && answers == MmLoad.SCENARIOS) {
                ui.rpc(UidlClient.click(require(ui.node("survey-skip"), "survey-skip after the last answer")));
                require(ui.node("done-step"), "the closing page after the survey");
            }
        } catch (Exception | AssertionError e) {
            results.errors.add(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private void arrive() throws Exception {
        ui.open(link);
        require(ui.node("consent-agree"), "consent-agree after arrival");
        ui.rpc(UidlClient.click(ui.node("consent-agree")));
        require(ui.node("choose-left"), "choose-left after consent");
        pictures();
    }

    private void pictures() throws Exception {
        long t = System.nanoTime();
        if (ui.fetchPictures() > 0) {
            results.pictureNanos.add(System.nanoTime() - t);
        }
    }

    private void think() throws InterruptedException {
        if (thinkMs > 0) { // uniform in [0.5, 1.5] × think time, so participants drift out of step
            Thread.sleep(thinkMs / 2 + random.nextLong(thinkMs + 1));
        }
    }

    /**
     * As a browser whose node dies: any failed request (refused, reset, timed out, 502/503, an expired Vaadin
     * session or refused security key, a page that does not move on) reloads the participant's link through the
     * balancer and carries on from the scenario the server shows.
     */
    private void runResuming() {
        int position = 1;
        boolean arrived = false;
        while (position <= answers) {
            try {
                if (!arrived) {
                    long t = System.nanoTime();
                    actionStart = t;
                    arrive();
                    arrived = true;
                    results.arrivalNanos.add(System.nanoTime() - t);
                }
                think();
                answer(position);
                position++;
            } catch (Exception | AssertionError e) {
                results.failures.add(e.getClass().getSimpleName() + ": " + e.getMessage());
                int k = reload(e);
                if (k < 0) {
                    return;
                }
                arrived = true;
                position = k;
            }
        }
    }

    /** Reloads the link until a scenario (or the survey) shows; returns its position, or -1 after 3 minutes. */
    private int reload(Throwable cause) {
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (true) {
            try {
                ui.open(link);
                if (ui.node("consent-agree") >= 0 && ui.node("choose-left") < 0) {
                    ui.rpc(UidlClient.click(ui.node("consent-agree"))); // consent was not stored before the failure
                }
                int k = ui.node("survey-step") >= 0 ? MmLoad.SCENARIOS + 1 : ui.shownScenario();
                if (k < 1 || (k <= MmLoad.SCENARIOS && ui.node("choose-left") < 0)) {
                    throw new IllegalStateException("the reloaded page shows no scenario");
                }
                results.pauseNanos.add(System.nanoTime() - actionStart);
                results.resumes.incrementAndGet();
                int confirmed = confirmed();
                if (k == confirmed + 1 || (k == confirmed + 2 && inFlight == confirmed + 1)) {
                    results.rightResumes.incrementAndGet();
                } else {
                    results.errors.add(
                            "resumed at " + k + " after " + confirmed + " confirmed (in flight " + inFlight + ")");
                }
                if (k == confirmed + 2 && inFlight == confirmed + 1) {
                    results.inFlightStored.incrementAndGet(); // the unacknowledged click was stored: not lost
                }
                if (k - 1 > confirmed) {
                    confirm(k - 1);
                }
                inFlight = 0;
                return k;
            } catch (Exception | AssertionError e) {
                if (System.nanoTime() > deadline) {
                    results.gaveUp.incrementAndGet();
                    results.errors.add("gave up reloading after " + cause + "; last: " + e);
                    return -1;
                }
                try {
                    Thread.sleep(500);
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                    return -1;
                }
            }
        }
    }

    private int confirmed() {
        synchronized (results.answered) {
            return results.answered[index];
        }
    }

    private void confirm(int position) {
        synchronized (results.answered) {
            results.answered[index] = position;
        }
    }

    private void answer(int position) throws Exception {
        int button = require(ui.node("choose-" + MmLoad.side(position)), "choose button at " + position);
        String click = UidlClient.choiceClick(button, position);
        int kind = doubles ? index % 10 : -1;
        long t = System.nanoTime();
        actionStart = t;
        inFlight = position;
        results.answerClicks.incrementAndGet();
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
            // a browser waits on; with --resume the participant reloads after 10 s, as a person would
            long wait = resume ? 10_000_000_000L : 60_000_000_000L;
            while (!showsStepAfter(position) && System.nanoTime() - t < wait) {
                Thread.sleep(250);
                ui.rpc(); // no push connection here: an empty request fetches what the server has for the page
            }
        }
        long end = System.nanoTime();
        int shown = nextStep(position);
        confirm(position);
        inFlight = 0;
        if (ui.lastResponse().contains("Scenario " + (position + 2) + " of ")) {
            throw new AssertionError("one click moved two scenarios at " + position);
        }
        results.choiceNanos.add(end - t);
        results.lastChoiceEnd.accumulateAndGet(end, Math::max);
        pictures();
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
