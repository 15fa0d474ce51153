package org.moralbase.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.moralbase.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Leases on the real MariaDB (decision 0036): two nodes racing for one name, expiry and renewal. */
class LeasesIT extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void nodesRacingForOneLeaseGiveItToExactlyOne() throws Exception {
        for (int round = 0; round < 20; round++) {
            String name = "race:" + System.nanoTime();
            CountDownLatch go = new CountDownLatch(1);
            List<Callable<Boolean>> racers = new ArrayList<>();
            for (int n = 0; n < 4; n++) {
                Leases node = new Leases(jdbc, Clock.systemUTC(), "node-" + n);
                racers.add(() -> {
                    go.await();
                    return node.take(name, Duration.ofSeconds(30));
                });
            }
            try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
                List<Future<Boolean>> results = new ArrayList<>();
                for (Callable<Boolean> r : racers) {
                    results.add(pool.submit(r));
                }
                go.countDown();
                int winners = 0;
                for (Future<Boolean> f : results) {
                    winners += f.get() ? 1 : 0;
                }
                assertThat(winners).as("round %d", round).isEqualTo(1);
            }
        }
    }

    @Test
    void anExpiredLeaseGoesToAnotherNodeAndTheHolderCanRenewItsOwn() throws Exception {
        String name = "expiry:" + System.nanoTime();
        Leases a = new Leases(jdbc, Clock.systemUTC(), "node-a");
        Leases b = new Leases(jdbc, Clock.systemUTC(), "node-b");
        assertThat(a.take(name, Duration.ofMillis(500))).isTrue();
        assertThat(a.take(name, Duration.ofMillis(500))).as("renewal").isTrue();
        assertThat(b.take(name, Duration.ofMillis(500))).isFalse();
        assertThat(a.holder(name)).isEqualTo("node-a");
        Thread.sleep(700);
        assertThat(b.take(name, Duration.ofSeconds(30))).isTrue();
        assertThat(a.take(name, Duration.ofSeconds(30))).as("node A lost it").isFalse();
        a.release(name);
        assertThat(b.holder(name)).as("only the holder releases").isEqualTo("node-b");
        b.release(name);
        assertThat(a.take(name, Duration.ofSeconds(30))).isTrue();
    }
}
