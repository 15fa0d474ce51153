package org.moralbase.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Brings an open view up to date after data changed elsewhere (server push, {@code AppShell}'s {@code @Push}).
 * Requests from any thread coalesce: at most one refresh per interval, the last request is always served, and
 * one computation runs at a time. The computation runs on a background thread as the viewer (the security
 * context of the thread that made this), so service checks apply; only its result is handed to the UI. Close
 * it on detach.
 *
 * @param <T> what the computation hands to the UI
 */
public final class LiveRefresh<T> implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LiveRefresh.class);

    private final Consumer<Runnable> access;
    private final Supplier<T> compute;
    private final Consumer<T> apply;
    private final long intervalNanos;
    private final SecurityContext viewer = SecurityContextHolder.getContext();
    private boolean pending;
    private boolean working;
    private boolean closed;
    private long lastStart;

    LiveRefresh(Consumer<Runnable> access, Duration interval, Supplier<T> compute, Consumer<T> apply) {
        this.access = access;
        this.intervalNanos = interval.toNanos();
        this.compute = compute;
        this.apply = apply;
        this.lastStart = System.nanoTime() - intervalNanos;
    }

    /** Refreshes {@code ui}: {@code compute} off the UI thread, then {@code apply} its result in {@code ui.access}. */
    public static <T> LiveRefresh<T> of(UI ui, Duration interval, Supplier<T> compute, Consumer<T> apply) {
        return new LiveRefresh<>(command -> ui.access(command::run), interval, compute, apply);
    }

    /** Asks for a refresh; cheap, callable from any thread (event listeners call it). */
    public void request() {
        synchronized (this) {
            if (closed) {
                return;
            }
            pending = true;
            if (working) {
                return; // the running worker serves it
            }
            working = true;
        }
        Thread.ofVirtual().name("live-refresh").start(this::work);
    }

    private void work() {
        SecurityContextHolder.setContext(viewer);
        try {
            while (true) {
                long wait;
                synchronized (this) {
                    wait = lastStart + intervalNanos - System.nanoTime();
                }
                if (wait > 0) {
                    Thread.sleep(Duration.ofNanos(wait));
                }
                synchronized (this) {
                    if (closed || !pending) {
                        working = false;
                        return;
                    }
                    pending = false;
                    lastStart = System.nanoTime();
                }
                refreshOnce();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            synchronized (this) {
                working = false;
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void refreshOnce() {
        try {
            T result = compute.get();
            access.accept(() -> {
                if (!isClosed()) {
                    apply.accept(result);
                }
            });
        } catch (UIDetachedException e) {
            close();
        } catch (RuntimeException e) {
            log.warn("A live refresh failed", e);
        }
    }

    private synchronized boolean isClosed() {
        return closed;
    }

    /** Closes a subscription handle, if any; closing one only removes a listener, so nothing is thrown. */
    public static void closeQuietly(AutoCloseable subscription) {
        if (subscription == null) {
            return;
        }
        try {
            subscription.close();
        } catch (Exception e) {
            log.warn("Closing a subscription failed", e);
        }
    }

    /** Stops: nothing requested later is computed or applied. */
    @Override
    public synchronized void close() {
        closed = true;
    }
}
