package org.moralbase.annotation;

/**
 * An annotator on a project.
 *
 * @param userId account id
 * @param username login name
 * @param checksPassed comprehension checks passed
 * @param screenedOut failed a screen-out check
 * @param excluded excluded by the researcher from agreement and labels
 */
public record MemberView(long userId, String username, boolean checksPassed, boolean screenedOut, boolean excluded) {}
