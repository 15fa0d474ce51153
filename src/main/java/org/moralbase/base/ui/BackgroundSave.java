package org.moralbase.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Runs a save so that a slow one never leaves the page silent. The click's request waits for it, and usually the
 * page moves on in that same response. If the save reports that it is retrying (the database is away), or takes
 * longer than {@code patience}, {@code waiting} runs at once so the page can say so, and the outcome follows by
 * push. Exactly one of {@code saved} and {@code failed} runs, always with the UI locked. With
 * {@code moralbase.server-timing} on, a save that ends within the request is timed ({@link ServerTiming}).
 */
public final class BackgroundSave {

    private static final ExecutorService SAVERS = Executors.newVirtualThreadPerTaskExecutor();

    private BackgroundSave() {}

    /** The save: it gets a callback to run when it starts retrying. */
    public interface Save<T> {
        T run(Runnable retrying);
    }

    public static <T> void run(
            UI ui,
            Duration patience,
            Save<T> save,
            Consumer<T> saved,
            Consumer<RuntimeException> failed,
            Runnable waiting) {
        AtomicLong savedAt = new AtomicLong();
        CompletableFuture<Object> retrying = new CompletableFuture<>();
        CompletableFuture<T> future = CompletableFuture.supplyAsync(
                () -> {
                    T result = save.run(() -> retrying.complete(null));
                    savedAt.set(System.nanoTime());
                    return result;
                },
                SAVERS);
        try {
            CompletableFuture.anyOf(future, retrying).get(patience.toMillis(), TimeUnit.MILLISECONDS);
            if (!future.isDone()) {
                throw new TimeoutException("retrying");
            }
            T result = future.get();
            ServerTiming.report("save", savedAt.get());
            saved.accept(result);
        } catch (ExecutionException e) {
            failed.accept(runtime(e.getCause()));
        } catch (TimeoutException slow) {
            waiting.run();
            future.whenComplete((result, error) -> {
                try {
                    ui.access(() -> {
                        if (error == null) {
                            saved.accept(result);
                        } else {
                            failed.accept(runtime(error));
                        }
                    });
                } catch (UIDetachedException pageClosed) {
                    // the participant left; whatever was saved is in the database
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed.accept(new IllegalStateException("interrupted while saving", e));
        }
    }

    private static RuntimeException runtime(Throwable t) {
        Throwable cause =
                t instanceof java.util.concurrent.CompletionException && t.getCause() != null ? t.getCause() : t;
        return cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
    }
}
