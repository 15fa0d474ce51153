package org.moralbase.dataimport;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects problems during one import and turns them into a single {@link ImportException}. Stops the import
 * by throwing as soon as the limit is reached, so a hopeless file is not parsed to the end.
 */
public final class ProblemLog {

    private final int maxProblems;
    private final List<ImportProblem> problems = new ArrayList<>();

    /** A log that stops after {@code limits.maxProblems()} problems. */
    public ProblemLog(ImportLimits limits) {
        this.maxProblems = limits.maxProblems();
    }

    /** Records a problem; throws once the limit is reached. */
    public void add(ImportProblem problem) {
        problems.add(problem);
        if (problems.size() >= maxProblems) {
            throw new ImportException(problems, true);
        }
    }

    /** Records a problem and stops at once: for errors after which nothing further can be read. */
    public ImportException fatal(ImportProblem problem) {
        problems.add(problem);
        return new ImportException(problems, problems.size() >= maxProblems);
    }

    /** Whether no problem has been recorded. */
    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** Number of problems recorded so far. */
    public int size() {
        return problems.size();
    }

    /** Throws the collected problems, if any: the all-or-nothing gate before a dataset is returned. */
    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new ImportException(problems, false);
        }
    }
}
