package org.moralbase.bench;

import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

/**
 * Participant load generator for the Moral Machine pages: N virtual participants (virtual threads) arrive at
 * once with their own Prolific ids, agree, and answer every scenario as soon as the previous answer's response
 * has come back (or after {@code --think-ms}), alternating sides, some with double clicks. Each choice's round
 * trip (click sent to the response showing the next scenario) is timed; afterwards {@link StoredAnswers} counts
 * what the database holds. {@code --mode=open --answers=K} only opens sessions (for the heap measurement);
 * {@code --skip-survey=true} takes a participant who gave all 13 answers past the survey to the closing page.
 * Run through {@code docs/bench/mm-load.sh}; options are {@code --name=value}, defaults below.
 */
public final class MmLoad {

    static final int SCENARIOS = 13;

    /** The Prolific id of participant {@code i} of a run: 24 hex digits. */
    static String pid(String prefix, int i) {
        return prefix + String.format("%016x", i);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        String base = o.getOrDefault("base", "http://127.0.0.1:8080");
        String study = o.getOrDefault("study", "benchmm0001");
        if (o.getOrDefault("mode", "run").equals("setup")) {
            StoredAnswers.createStudy(o.get("jdbc"), o.get("db-user"), o.get("db-password"), study);
            return;
        }
        boolean resume = Boolean.parseBoolean(o.getOrDefault("resume", "false"));
        // participants arrive evenly over this many seconds (default: all at once)
        long spreadMs = (long) (Double.parseDouble(o.getOrDefault("spread-s", "0")) * 1000);
        int n = Integer.parseInt(o.getOrDefault("participants", "200"));
        boolean open = o.getOrDefault("mode", "run").equals("open");
        int answers = Integer.parseInt(o.getOrDefault("answers", open ? "0" : String.valueOf(SCENARIOS)));
        boolean skipSurvey = Boolean.parseBoolean(o.getOrDefault("skip-survey", "false"));
        long thinkMs = Long.parseLong(o.getOrDefault("think-ms", "0"));
        boolean doubles = Boolean.parseBoolean(o.getOrDefault("double-clicks", "true"));
        // at most this many participants at once (default all): the heap measurement opens sessions gently
        java.util.concurrent.Semaphore slots =
                new java.util.concurrent.Semaphore(Integer.parseInt(o.getOrDefault("concurrency", String.valueOf(n))));
        // Prolific ids are 24 hex digits: 8 of the run's prefix, 16 of the participant's index (pid)
        String prefix = o.getOrDefault("prefix", String.format("%08x", System.currentTimeMillis() & 0xffffffffL));

        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        Participant.Results results = new Participant.Results(n);
        CountDownLatch start = new CountDownLatch(1);
        long t0;
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < n; i++) {
                Participant p = new Participant(
                                new UidlClient(http, base),
                                study,
                                pid(prefix, i),
                                i,
                                answers,
                                thinkMs,
                                doubles,
                                results,
                                resume)
                        .skippingSurvey(skipSurvey);
                long delayMs = n > 1 ? spreadMs * i / (n - 1) : 0;
                threads.submit(() -> {
                    start.await();
                    Thread.sleep(delayMs);
                    slots.acquire();
                    try {
                        p.run();
                    } finally {
                        slots.release();
                    }
                    return null;
                });
            }
            t0 = System.nanoTime();
            start.countDown();
        }
        double wallS = (System.nanoTime() - t0) / 1e9;
        long cpuMs = ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class)
                        .getProcessCpuTime()
                / 1_000_000;

        System.out.printf(
                "participants %d (prefix %s), answers each %d, think %d ms, double clicks %s%n",
                n, prefix, answers, thinkMs, doubles);
        System.out.printf("wall %.1f s, load generator CPU %.1f s, load average %s%n", wallS, cpuMs / 1000.0, load());
        System.out.println("arrival (page + init + navigate + consent click): " + summary(results.arrivals()));
        long[] choices = results.choices();
        System.out.println("choice round trip: " + summary(choices));
        System.out.println("the new scenario's pictures, after it is shown: " + summary(results.pictures()));
        System.out.println(
                "in the app, click arrived to answer committed (Server-Timing): " + summary(results.server()));
        System.out.println("in the app, click's turn came to answer committed: " + summary(results.turn()));
        if (choices.length > 0) {
            double span = (results.lastChoiceEnd.get() - results.firstChoiceStart.get()) / 1e9;
            System.out.printf("choices %d in %.1f s = %.1f choices/s%n", choices.length, span, choices.length / span);
        }
        System.out.printf(
                "clicks sent %d (extra clicks: %d in the same request, %d as a second request, %d replayed"
                        + " requests)%n",
                results.clicks.get(), results.sameRequest.get(), results.secondRequest.get(), results.replays.get());
        System.out.println(
                "slow saves (the next scenario came after the click's response): " + results.slowSaves.get());
        System.out.println(
                "errors " + results.errors.size() + (results.errors.isEmpty() ? "" : " " + errorKinds(results)));
        if (resume) {
            System.out.printf(
                    "failed requests %d %s%nreloads %d, at the right item %d, in-flight answers found stored %d,"
                            + " gave up %d%nlongest pause (failed request sent to the next scenario shown): %s%n",
                    results.failures.size(),
                    results.failures.isEmpty() ? "" : kinds(results.failures),
                    results.resumes.get(),
                    results.rightResumes.get(),
                    results.inFlightStored.get(),
                    results.gaveUp.get(),
                    results.pauses().length == 0
                            ? "none"
                            : String.format(
                                    "%.1f s (%s)",
                                    Arrays.stream(results.pauses()).max().getAsLong() / 1e9,
                                    summary(results.pauses())));
        }
        if (o.containsKey("jdbc")) {
            StoredAnswers.Count c = StoredAnswers.check(
                    o.get("jdbc"), o.get("db-user"), o.get("db-password"), prefix, n, answers, results.intended());
            if (resume) { // the fault benchmark's last line (docs/bench/cluster-faults.sh)
                System.out.printf(
                        "clicked %d, stored %d, duplicates %d, lost %d%n",
                        results.answerClicks.get(), c.stored(), c.duplicated(), c.missing());
            }
        }
    }

    private static Map<String, Integer> kinds(java.util.Collection<String> messages) {
        Map<String, Integer> kinds = new TreeMap<>();
        messages.forEach(e -> kinds.merge(e.length() > 100 ? e.substring(0, 100) : e, 1, Integer::sum));
        return kinds;
    }

    static String summary(long[] nanos) {
        if (nanos.length == 0) {
            return "none";
        }
        long[] s = nanos.clone();
        Arrays.sort(s);
        return String.format(
                "n=%d p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms, mean %.1f ms",
                s.length,
                pct(s, 50),
                pct(s, 95),
                pct(s, 99),
                s[s.length - 1] / 1e6,
                Arrays.stream(s).average().orElse(0) / 1e6);
    }

    private static double pct(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length); // nearest rank
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    private static Map<String, Integer> errorKinds(Participant.Results r) {
        return kinds(r.errors);
    }

    static String load() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                    .trim();
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> o = new ConcurrentHashMap<>();
        for (String a : args) {
            if (!a.startsWith("--") || !a.contains("=")) {
                throw new IllegalArgumentException("options are --name=value, got " + a);
            }
            o.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
        }
        return o;
    }

    private MmLoad() {}

    /** The side a participant means to choose at a position (1-based): alternating, left first. */
    static String side(int position) {
        return position % 2 == 1 ? "left" : "right";
    }
}
