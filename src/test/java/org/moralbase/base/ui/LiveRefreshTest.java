package org.moralbase.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;

/** Live refreshes: coalesced, at most one per interval, the last request served, as the viewer, none after close. */
class LiveRefreshTest {

    private static final Duration INTERVAL = Duration.ofMillis(200);

    @AfterEach
    void clearViewer() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aBurstOfRequestsGivesFewRefreshesAtMostOnePerIntervalAndTheLastValueIsShown() throws Exception {
        AtomicInteger source = new AtomicInteger();
        List<Long> starts = new CopyOnWriteArrayList<>();
        List<Integer> applied = new CopyOnWriteArrayList<>();
        LiveRefresh<Integer> refresh = new LiveRefresh<>(
                Runnable::run,
                INTERVAL,
                () -> {
                    starts.add(System.nanoTime());
                    return source.get();
                },
                applied::add);

        for (int i = 1; i <= 60; i++) {
            source.set(i);
            refresh.request();
            Thread.sleep(10);
        }
        await(() -> !applied.isEmpty() && applied.getLast() == 60);

        assertThat(starts.size()).as("refreshes for 60 requests in ~0.6 s").isBetween(2, 6);
        for (int i = 1; i < starts.size(); i++) {
            assertThat(starts.get(i) - starts.get(i - 1)).isGreaterThanOrEqualTo(INTERVAL.toNanos() - 1_000_000);
        }
        Thread.sleep(3 * INTERVAL.toMillis());
        assertThat(applied.getLast()).isEqualTo(60);
    }

    @Test
    void theComputationRunsOffTheCallersThreadAsTheViewer() throws Exception {
        SecurityContextHolder.setContext(new SecurityContextImpl(new TestingAuthenticationToken("viewer", "pw")));
        Thread caller = Thread.currentThread();
        List<String> applied = new CopyOnWriteArrayList<>();
        LiveRefresh<String> refresh = new LiveRefresh<>(
                Runnable::run,
                INTERVAL,
                () -> (Thread.currentThread() == caller ? "caller " : "background ")
                        + SecurityContextHolder.getContext().getAuthentication().getName(),
                applied::add);
        SecurityContextHolder.clearContext();

        refresh.request();
        await(() -> !applied.isEmpty());
        assertThat(applied).containsExactly("background viewer");
    }

    @Test
    void nothingIsComputedOrAppliedAfterClose() throws Exception {
        AtomicInteger computed = new AtomicInteger();
        List<Integer> applied = new CopyOnWriteArrayList<>();
        LiveRefresh<Integer> refresh =
                new LiveRefresh<>(Runnable::run, INTERVAL, computed::incrementAndGet, applied::add);
        refresh.request();
        await(() -> applied.size() == 1);
        refresh.request(); // due one interval later
        refresh.close();
        refresh.request();
        Thread.sleep(3 * INTERVAL.toMillis());
        assertThat(computed.get()).isEqualTo(1);
        assertThat(applied).containsExactly(1);
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition met within 5 s").isLessThan(until);
            Thread.sleep(10);
        }
    }
}
