package org.moralbase.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchRuntimeException;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.RollbackException;
import java.lang.reflect.Array;
import java.lang.reflect.Proxy;
import java.sql.SQLTransactionRollbackException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.TransactionException;
import org.junit.jupiter.api.Test;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.orm.jpa.vendor.HibernateJpaDialect;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A Galera certification failure (another node committed a conflicting write first) fails the COMMIT with MariaDB's
 * deadlock error, {@code ERROR 1213 (40001) Deadlock found when trying to get lock; try restarting transaction}
 * (seen on the cluster of {@code ./moralbase cluster up}: MariaDB Connector/J 3.5 throws it at {@code commit()} as a
 * {@link SQLTransactionRollbackException}, SQLState 40001, error 1213; docs/decisions/0031). The app's transactions are JPA
 * transactions, so that error reaches {@link Retries} through Hibernate and Spring's JPA transaction manager: these
 * tests feed the manager the exception Hibernate 7 throws when the JDBC commit fails (a {@link RollbackException}
 * around Hibernate's {@link TransactionException} around the driver's exception, as in Hibernate's
 * {@code AbstractLogicalConnectionImplementor.commit} and {@code ExceptionConverterImpl.convertCommitException})
 * and check that what comes out is retried like any other transient failure.
 */
class GaleraCertificationFailureTest {

    private static SQLTransactionRollbackException certificationFailure() {
        return new SQLTransactionRollbackException(
                "Deadlock found when trying to get lock; try restarting transaction", "40001", 1213);
    }

    /** A transaction template whose first {@code failures} commits fail as a Galera certification failure does. */
    private static TransactionTemplate committingAfter(int failures, AtomicInteger commits) {
        EntityTransaction transaction = proxy(EntityTransaction.class, (method, args) -> switch (method) {
            case "commit" -> {
                if (commits.incrementAndGet() <= failures) {
                    throw new RollbackException(
                            "Error while committing the transaction",
                            new TransactionException(
                                    "Unable to commit against JDBC Connection", certificationFailure()));
                }
                yield null;
            }
            case "isActive" -> true;
            default -> null;
        });
        EntityManager manager = proxy(EntityManager.class, (method, args) -> switch (method) {
            case "getTransaction" -> transaction;
            case "isOpen" -> true;
            default -> null;
        });
        EntityManagerFactory factory = proxy(EntityManagerFactory.class, (method, args) -> switch (method) {
            case "createEntityManager" -> manager;
            default -> null;
        });
        JpaTransactionManager transactions = new JpaTransactionManager(factory);
        // Hibernate's dialect translates; only its begin, which needs a real Hibernate session, is replaced
        transactions.setJpaDialect(new HibernateJpaDialect() {
            @Override
            public Object beginTransaction(EntityManager entityManager, TransactionDefinition definition) {
                entityManager.getTransaction().begin();
                return null;
            }
        });
        return new TransactionTemplate(transactions);
    }

    interface Answer {
        Object apply(String method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Answer answer) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
            Object result = answer.apply(method.getName(), args);
            // a primitive result left unanswered is its zero (hashCode, a timeout)
            return result == null && method.getReturnType().isPrimitive() && method.getReturnType() != void.class
                    ? Array.get(Array.newInstance(method.getReturnType(), 1), 0)
                    : result;
        });
    }

    @Test
    void aCertificationFailureAtCommitIsATransientDatabaseFailure() {
        RuntimeException failure = catchRuntimeException(
                () -> committingAfter(1, new AtomicInteger()).executeWithoutResult(status -> {}));
        assertThat(failure)
                .as("what the JPA transaction manager throws")
                .hasRootCauseInstanceOf(SQLTransactionRollbackException.class);
        assertThat(Retries.isTransientDatabaseFailure(failure))
                .as("%s is retried", failure.getClass().getName())
                .isTrue();
    }

    @Test
    void theRetryRunsTheWholeTransactionAgainUntilItCommits() {
        AtomicInteger commits = new AtomicInteger();
        AtomicInteger runs = new AtomicInteger();
        TransactionTemplate transactions = committingAfter(2, commits);
        String result = Retries.transientDatabase(Duration.ofSeconds(2))
                .withPauses(Duration.ofMillis(1), Duration.ofMillis(5))
                .run(() -> transactions.execute(status -> "stored after " + runs.incrementAndGet() + " runs"));
        assertThat(result).isEqualTo("stored after 3 runs");
        assertThat(commits).hasValue(3);
    }
}
