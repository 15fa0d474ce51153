package org.moralbase.participation;

/**
 * An answer refused because its study is closed and the grace period for sessions in progress has ended
 * (decision 0034); nothing of it was stored. Participant pages show the late-answer page for {@link #token()}.
 */
public class StudyClosedException extends RuntimeException {

    private final transient String token;

    StudyClosedException(String token) {
        super("The study is closed and its grace period has ended: the answer is not stored");
        this.token = token;
    }

    /** The session's token, to show its late-answer page (never in the message, which may be logged). */
    public String token() {
        return token;
    }
}
