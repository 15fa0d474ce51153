package org.moralbase.security;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The signed-in sessions of this node, so that disabling an account, changing its roles or its password ends them at
 * once: each is invalidated, which closes its Vaadin UIs (the browser shows that the session ended, and the next
 * page is the login). Registered with the servlet container as a session listener (a listener bean).
 */
@Component
public class AccountSessions implements HttpSessionListener {

    private static final Logger log = LoggerFactory.getLogger(AccountSessions.class);

    private final Map<String, HttpSession> open = new ConcurrentHashMap<>();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        open.put(event.getSession().getId(), event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        open.remove(event.getSession().getId());
    }

    /**
     * Ends every session of the account on this node except the one making this request (an admin changing their
     * own roles stays signed in).
     *
     * @return how many sessions were ended
     */
    public int end(long accountId) {
        return end(accountId, currentSessionId());
    }

    /** Ends every session of the account on this node except {@code keep} (a session id, or null for none). */
    public int end(long accountId, String keep) {
        String current = keep;
        int ended = 0;
        for (HttpSession session : List.copyOf(open.values())) {
            if (session.getId().equals(current) || accountOf(session) != accountId) {
                continue;
            }
            try {
                session.invalidate();
                ended++;
            } catch (IllegalStateException alreadyInvalid) {
                open.remove(session.getId());
            }
        }
        if (ended > 0) {
            log.info("Ended {} session(s) of account {}", ended, accountId);
        }
        return ended;
    }

    private static long accountOf(HttpSession session) {
        try {
            Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            if (context instanceof SecurityContext sc
                    && sc.getAuthentication() instanceof Authentication auth
                    && auth.getPrincipal() instanceof AccountPrincipal p) {
                return p.id();
            }
        } catch (IllegalStateException invalidated) {
            // ended meanwhile
        }
        return -1;
    }

    private static String currentSessionId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(false);
            return session == null ? null : session.getId();
        }
        return null;
    }
}
