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
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs a save so that a slow one never leaves the page silent. The click's request waits up to {@code patience}
 * for it, and usually the page moves on in that same response. If it takes longer (the database is away and the
 * save is being retried), {@code waiting} runs at once so the page can say so, and the outcome follows by push.
 * Exactly one of {@code saved} and {@code failed} runs, always with the UI locked.
 */
public final class BackgroundSave {

    private static final ExecutorService SAVERS = Executors.newVirtualThreadPerTaskExecutor();

    private BackgroundSave() {}

    public static <T> void run(
            UI ui,
            Duration patience,
            Supplier<T> save,
            Consumer<T> saved,
            Consumer<RuntimeException> failed,
            Runnable waiting) {
        CompletableFuture<T> future = CompletableFuture.supplyAsync(save, SAVERS);
        try {
            saved.accept(future.get(patience.toMillis(), TimeUnit.MILLISECONDS));
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
