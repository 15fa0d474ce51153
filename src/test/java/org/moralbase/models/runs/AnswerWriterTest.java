package org.moralbase.models.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.moralbase.base.Retries;
import org.moralbase.models.RunAnswer;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessResourceException;

class AnswerWriterTest {

    private static final Retries SHORT = Retries.transientDatabase(Duration.ofMillis(300));

    private final List<RunAnswer> stored = new CopyOnWriteArrayList<>();
    private final AtomicInteger attempts = new AtomicInteger();

    private static RunAnswer answer(int prompt) {
        return new RunAnswer(
                7, prompt, prompt, 0, "s" + prompt, "AB", "{}", "Case 1", 1, true, null, 1, null, 5L, Instant.EPOCH);
    }

    private AnswerWriter writer(Consumer<List<RunAnswer>> store) {
        return new AnswerWriter(
                7,
                batch -> {
                    attempts.incrementAndGet();
                    store.accept(batch);
                },
                SHORT,
                stored::addAll);
    }

    @Test
    void aBatchTheDatabaseNeverTakesIsDroppedWhenTheBudgetIsSpentSoTheRunCanEnd() {
        AnswerWriter writer = writer(batch -> {
            throw new TransientDataAccessResourceException("connection refused");
        });
        List.of(0, 1, 2).forEach(i -> writer.add(answer(i)));

        // before issue #11 this close() never returned: the batch was retried for ever
        assertTimeoutPreemptively(Duration.ofSeconds(10), writer::close);

        assertThat(writer.dropped()).isEqualTo(3);
        assertThat(stored).as("a dropped batch is not reported as stored").isEmpty();
        assertThat(attempts.get()).as("retried through the outage first").isGreaterThan(1);
    }

    @Test
    void aBatchTheDatabaseRefusesIsDroppedAtOnceSinceRetryingCannotHelp() {
        AnswerWriter writer = writer(batch -> {
            throw new DataIntegrityViolationException("Data too long for column 'raw_text'");
        });
        writer.add(answer(0));

        assertTimeoutPreemptively(Duration.ofSeconds(10), writer::close);

        assertThat(writer.dropped()).isEqualTo(1);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void aBatchIsStoredOnceWhenTheDatabaseReturnsWithinTheBudget() {
        AtomicInteger failures = new AtomicInteger(2);
        AnswerWriter writer = writer(batch -> {
            if (failures.getAndDecrement() > 0) {
                throw new TransientDataAccessResourceException("connection reset");
            }
        });
        writer.add(answer(0));

        writer.close();

        assertThat(stored).extracting(RunAnswer::promptIndex).containsExactly(0);
        assertThat(writer.dropped()).isZero();
    }

    @Test
    void answersAfterADroppedBatchAreStillStored() throws InterruptedException {
        AtomicInteger refusals = new AtomicInteger(1);
        AnswerWriter writer = writer(batch -> {
            if (refusals.getAndDecrement() > 0) {
                throw new DataIntegrityViolationException("refused");
            }
        });
        writer.add(answer(0));
        for (int i = 0; attempts.get() == 0 && i < 500; i++) {
            Thread.sleep(10); // the first batch is taken before the next answer arrives
        }
        writer.add(answer(1));

        writer.close();

        assertThat(writer.dropped()).isEqualTo(1);
        assertThat(stored).extracting(RunAnswer::promptIndex).containsExactly(1);
    }
}
