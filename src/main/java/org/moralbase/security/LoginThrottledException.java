package org.moralbase.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A login refused before its password was checked, because of too many failed tries ({@link LoginAttempts}). */
public class LoginThrottledException extends AuthenticationException {

    private final Duration wait;

    public LoginThrottledException(Duration wait) {
        super("Too many failed logins: wait " + wait.toSeconds() + " s");
        this.wait = wait;
    }

    /** How long to wait before the next try. */
    public Duration getWait() {
        return wait;
    }

    /** The login page's message: how long to wait, in whole seconds or minutes. */
    public String message() {
        long s = Math.max(1, wait.toSeconds());
        String time = s < 120 ? s + " seconds" : (s + 59) / 60 + " minutes";
        return "Too many failed attempts. Wait " + time + " and try again, or ask an admin.";
    }
}
