package org.moralbase.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class PageRequestLimitTest {

    private final PageRequestLimit limit = new PageRequestLimit(2);
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger inside = new AtomicInteger();
    private final AtomicInteger most = new AtomicInteger();

    @Test
    void atMostTheLimitOfClicksIsHandledAtOnceAndTheOthersWaitTheirTurn() throws Exception {
        CountDownLatch done = new CountDownLatch(6);
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 6; i++) {
                threads.submit(() -> {
                    limit.doFilter(request("v-r=uidl&v-uiId=0"), new MockHttpServletResponse(), heldUntilReleased());
                    done.countDown();
                    return null;
                });
            }
            Thread.sleep(300);
            assertThat(inside).hasValue(2);
            release.countDown();
            assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(most).hasValue(2);
    }

    @Test
    void heartbeatsAndOtherRequestsDoNotWait() throws Exception {
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 2; i++) { // both turns taken by page loads
                threads.submit(() -> {
                    limit.doFilter(request("v-r=init&location="), new MockHttpServletResponse(), heldUntilReleased());
                    return null;
                });
            }
            Thread.sleep(300);
            assertThat(inside).hasValue(2);
            AtomicInteger passed = new AtomicInteger();
            for (String query : new String[] {"v-r=heartbeat&v-uiId=0", null}) {
                limit.doFilter(request(query), new MockHttpServletResponse(), (req, res) -> passed.incrementAndGet());
            }
            assertThat(passed).hasValue(2);
            release.countDown();
        }
    }

    private FilterChain heldUntilReleased() {
        return (req, res) -> {
            most.accumulateAndGet(inside.incrementAndGet(), Math::max);
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inside.decrementAndGet();
        };
    }

    private static MockHttpServletRequest request(String query) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setQueryString(query);
        return request;
    }
}
