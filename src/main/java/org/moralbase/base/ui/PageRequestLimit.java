package org.moralbase.base.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a few page requests (Vaadin's {@code v-r=uidl} clicks and {@code v-r=init} page loads) be handled at once
 * and queues the rest in arrival order ({@code moralbase.ui.concurrent-requests}, default four per core). When a
 * crowd clicks at once on a small machine, each click then gets the CPU and a database connection for the few
 * milliseconds it needs instead of hundreds of clicks sharing them, so a save never waits seconds for a pooled
 * connection (and is never retried for it) and the page's wait for its save stays short; the queue is where the
 * waiting happens (docs/benchmarks.md, "Participant load").
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class PageRequestLimit extends OncePerRequestFilter {

    /** Request attribute: {@link System#nanoTime()} when the request's turn came. */
    static final String ADMITTED = PageRequestLimit.class.getName() + ".admitted";

    private final Semaphore turns;

    PageRequestLimit(@Value("${moralbase.ui.concurrent-requests:0}") int limit) {
        this.turns = new Semaphore(limit > 0 ? limit : 4 * Runtime.getRuntime().availableProcessors(), true);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String query = request.getQueryString();
        return query == null || !(query.startsWith("v-r=uidl") || query.startsWith("v-r=init"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            turns.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServletException("interrupted while waiting for a turn", e);
        }
        try {
            request.setAttribute(ADMITTED, System.nanoTime());
            chain.doFilter(request, response);
        } finally {
            turns.release();
        }
    }
}
