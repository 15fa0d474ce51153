package org.moralbase.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moralbase.DatabaseOutageTest;
import org.moralbase.moralmachine.MoralMachineStudies;
import org.moralbase.study.PublicStudy;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Answers sent while the connection to MariaDB is cut (a real broken TCP connection, {@code DatabaseProxy}): stored
 * exactly once when the database returns within the retry budget, refused with {@link AnswerNotSavedException}
 * after it, and stored once by the participant's retry afterwards.
 */
class AnswerOutageIT extends DatabaseOutageTest {

    @Autowired
    MoralMachineStudies studies;

    @Autowired
    ParticipationService participation;

    String session;
    final CountDownLatch retrying = new CountDownLatch(1);

    @BeforeEach
    void aParticipantWithOneAnswer() {
        PublicStudy study = studies.open("Outage");
        session = ((StartOutcome.Ready) participation.start(study, Arrival.publicLink(), null, "en", "desktop"))
                .session()
                .token();
        assertThat(participation.record(session, answer(1)).status()).isEqualTo(AnswerReceipt.Status.STORED);
    }

    @Test
    void anAnswerSentDuringABriefCutIsStoredOnceSoonAfterTheDatabaseReturns() throws Exception {
        database.cut();
        CompletableFuture<AnswerReceipt> saving = inBackground(2);
        assertThat(retrying.await(5, TimeUnit.SECONDS))
                .as("the page is told at once that the save is being retried")
                .isTrue();
        Thread.sleep(1500);
        assertThat(saving).as("still retrying while the database is away").isNotDone();

        database.restore();
        long restored = System.nanoTime();
        AnswerReceipt receipt = saving.get(RETRY_BUDGET_SECONDS + 10, TimeUnit.SECONDS);
        long recoveryMs = (System.nanoTime() - restored) / 1_000_000;

        assertThat(receipt.status()).isEqualTo(AnswerReceipt.Status.STORED);
        assertThat(recoveryMs)
                .as("stored within a second or two of the database's return")
                .isLessThan(2500);
        assertThat(participation.record(session, answer(2)).status()).isEqualTo(AnswerReceipt.Status.ALREADY_STORED);
        assertStoredOnce(1, 2);
    }

    @Test
    void aCutBetweenWritingTheAnswerAndItsCommitIsRetriedAndStoresItOnce() throws Exception {
        cutBeforeTheNextCommit();
        CompletableFuture<AnswerReceipt> saving = inBackground(2);
        Thread.sleep(1000);
        assertThat(database.isCut()).isTrue();
        assertThat(saving).isNotDone();

        database.restore();
        assertThat(saving.get(RETRY_BUDGET_SECONDS + 10, TimeUnit.SECONDS).status())
                .isEqualTo(AnswerReceipt.Status.STORED);
        assertStoredOnce(1, 2);
    }

    @Test
    void aCutLongerThanTheRetryBudgetEndsInAnswerNotSavedAndTheRetryAfterwardsStoresItOnce() {
        database.cut();
        long start = System.nanoTime();
        assertThatThrownBy(() -> participation.record(session, answer(2))).isInstanceOf(AnswerNotSavedException.class);
        long gaveUpMs = (System.nanoTime() - start) / 1_000_000;
        assertThat(gaveUpMs)
                .as("gives up about when the retry budget ends")
                .isBetween(RETRY_BUDGET_SECONDS * 1000L - 100, RETRY_BUDGET_SECONDS * 1000L + 6000);

        database.restore();
        assertThat(participation.record(session, answer(2)).status()).isEqualTo(AnswerReceipt.Status.STORED);
        assertStoredOnce(1, 2);
    }

    @Test
    void aDatabaseThatFallsSilentEndsInAnswerNotSavedInsteadOfAHangAndTheRetryStoresItOnce() {
        database.freeze(); // no reset, no reply: only the socket timeout notices
        long start = System.nanoTime();
        assertThatThrownBy(() -> participation.record(session, answer(2))).isInstanceOf(AnswerNotSavedException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start))
                .as("gives up after the retry budget plus at most one attempt's timeouts")
                .isLessThan(Duration.ofSeconds(RETRY_BUDGET_SECONDS + 12));

        database.thaw();
        AnswerReceipt retried = participation.record(session, answer(2));
        // an attempt held back by the silent network may still have been committed: then the retry finds it
        assertThat(retried.status()).isIn(AnswerReceipt.Status.STORED, AnswerReceipt.Status.ALREADY_STORED);
        assertStoredOnce(1, 2);
    }

    @Test
    void connectionsThatDiedInThePoolAreReplacedWithoutTheParticipantNoticing() {
        database.cut(); // every pooled connection is now dead
        database.restore();
        long start = System.nanoTime();
        assertThat(participation.record(session, answer(2)).status()).isEqualTo(AnswerReceipt.Status.STORED);
        assertThat(participation.session(session).orElseThrow().answered()).isEqualTo(2);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertStoredOnce(1, 2);
    }

    private CompletableFuture<AnswerReceipt> inBackground(int position) {
        return CompletableFuture.supplyAsync(
                () -> participation.record(session, answer(position), retrying::countDown),
                Executors.newVirtualThreadPerTaskExecutor());
    }

    private void assertStoredOnce(Integer... positions) {
        assertThat(participation.answers(session))
                .extracting(StoredAnswer::position)
                .containsExactly(positions);
    }

    private static Answer answer(int position) {
        Instant shown = Instant.parse("2026-11-22T10:00:00Z").plusSeconds(position);
        return new Answer(position, "mm-" + position, "{}", position % 2 == 1 ? "left" : "right", shown, 900L);
    }
}
