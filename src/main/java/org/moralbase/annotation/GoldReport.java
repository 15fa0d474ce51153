package org.moralbase.annotation;

import java.util.List;

/**
 * What became of gold answers: how many are attached to a question (they count in quality), and every group of gold
 * values that is not, with the items or rows and why.
 *
 * @param attached gold values attached to an existing question, with a valid answer
 * @param notAttached one line per problem, naming the column, the items or rows and the reason
 */
public record GoldReport(int attached, List<String> notAttached) {

    /** Copies the list. */
    public GoldReport {
        notAttached = List.copyOf(notAttached);
    }

    /** "12 gold answers attached; 3 not attached (below)." in plain words. */
    public String sentence() {
        String head = attached == 1 ? "1 gold answer attached" : attached + " gold answers attached";
        return notAttached.isEmpty() ? head + "." : head + "; some were not attached:";
    }
}
