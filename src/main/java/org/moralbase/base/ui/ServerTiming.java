package org.moralbase.base.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * For load benchmarks ({@code moralbase.server-timing=true}, off by default): a {@code Server-Timing} response
 * header saying how long after its request arrived a save was committed, and how much of that the request waited
 * for its turn, so a load generator can tell the time spent in the server from the whole round trip
 * (docs/benchmarks.md).
 */
@Component
@ConditionalOnBooleanProperty("moralbase.server-timing")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ServerTiming extends OncePerRequestFilter {

    private static final String ARRIVED = ServerTiming.class.getName() + ".arrived";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        request.setAttribute(ARRIVED, System.nanoTime());
        chain.doFilter(request, response);
    }

    /**
     * Adds {@code queue;dur=<ms from arrival to the request's turn>, name;dur=<ms from arrival to endNanos>} to the
     * current response, if timing is on ({@link PageRequestLimit} gives the turns).
     */
    public static void report(String name, long endNanos) {
        VaadinRequest request = VaadinRequest.getCurrent();
        VaadinResponse response = VaadinResponse.getCurrent();
        if (request != null && response != null && request.getAttribute(ARRIVED) instanceof Long arrived) {
            long admitted = request.getAttribute(PageRequestLimit.ADMITTED) instanceof Long turn ? turn : arrived;
            response.setHeader(
                    "Server-Timing",
                    "queue;dur=" + ms(admitted - arrived) + ", " + name + ";dur=" + ms(endNanos - arrived));
        }
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.2f", nanos / 1e6);
    }
}
