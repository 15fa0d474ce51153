package org.moralbase.annotation;

/**
 * A worker on a project: an invited annotator or a crowd worker.
 *
 * @param memberId the worker's id in this project
 * @param username login name, or {@code prolific:<PID>} / {@code mturk:<workerId>} for a crowd worker
 * @param crowd true for a crowd worker (no account)
 * @param checksPassed comprehension checks passed
 * @param screenedOut failed a screen-out check
 * @param excluded excluded by the researcher from agreement and labels
 */
public record MemberView(
        long memberId, String username, boolean crowd, boolean checksPassed, boolean screenedOut, boolean excluded) {}
