package org.moralbase.dataimport;

import java.util.List;

/**
 * Thrown when an import is rejected; carries every problem found (up to the limit), so a researcher can fix the
 * file in one pass. Unchecked so parsers compose in streams; callers at the service edge must catch it.
 */
public final class ImportException extends RuntimeException {

    private final transient List<ImportProblem> problems;
    private final boolean truncated;

    /**
     * @param problems the problems found, in file order, at least one
     * @param truncated true when parsing stopped at the problem limit, so more may exist
     */
    public ImportException(List<ImportProblem> problems, boolean truncated) {
        super(summary(problems, truncated));
        this.problems = List.copyOf(problems);
        this.truncated = truncated;
    }

    /** The problems, in the order they were found. */
    public List<ImportProblem> problems() {
        return problems;
    }

    /** Whether collection stopped at the limit, so the file may hold further problems. */
    public boolean truncated() {
        return truncated;
    }

    /** The user-facing messages, one per problem. */
    public List<String> messages() {
        return problems.stream().map(ImportProblem::message).toList();
    }

    private static String summary(List<ImportProblem> problems, boolean truncated) {
        if (problems == null || problems.isEmpty()) {
            throw new IllegalArgumentException("an ImportException needs at least one problem");
        }
        String more = truncated ? " (stopped at the limit; there may be more)" : "";
        return problems.size() + " problem(s)" + more + "; first: "
                + problems.getFirst().message();
    }
}
