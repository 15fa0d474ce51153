package org.moralbase.moralgraph;

/**
 * One transition as the participant sees it: is moving from {@code from} to {@code to} wiser in {@code context}?
 *
 * @param position the answer's position in the session (the card is position 1, so the first vote is 2)
 * @param story the short story shown with it, or null
 */
public record TransitionPage(int position, CardView from, CardView to, String context, String story) {}
