package org.moralbase.participation;

/**
 * A participant link with a recruitment parameter missing, repeated or malformed. The message names the parameter in
 * English (logs, researchers); participant pages show {@link #problem()} translated, with the parameter's name.
 */
public class BadLinkException extends IllegalArgumentException {

    /** What is wrong with the parameter; the translation key is {@code page.badLink.<key>}. */
    public enum Problem {
        MISSING("missing", "The link is missing its %s parameter."),
        REPEATED("repeated", "The link has more than one %s parameter."),
        INVALID("invalid", "The link's %s parameter is not valid."),
        NOT_MTURK("notMturk", "The link's %s parameter is not an MTurk address.");

        private final String key;
        private final String english;

        Problem(String key, String english) {
            this.key = key;
            this.english = english;
        }

        /** The translation key of the participant's message ({@code {0}} is the parameter). */
        public String translationKey() {
            return "page.badLink." + key;
        }
    }

    private final String parameter;
    private final Problem problem;

    public BadLinkException(String parameter, Problem problem) {
        super(String.format(problem.english, parameter));
        this.parameter = parameter;
        this.problem = problem;
    }

    public String parameter() {
        return parameter;
    }

    public Problem problem() {
        return problem;
    }
}
