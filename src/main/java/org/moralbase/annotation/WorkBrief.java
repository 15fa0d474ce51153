package org.moralbase.annotation;

import java.util.List;

/**
 * What an annotator sees of a project: instructions, worked example, questions, the comprehension checks
 * (without their answers) and where they stand.
 *
 * @param projectId project id
 * @param title title
 * @param instructions instructions with definitions
 * @param workedExample worked example
 * @param questions item questions
 * @param checks comprehension checks, correct answers removed
 * @param checksPassed true if there are no checks or they were passed
 * @param screenedOut true after a failed screen-out check
 * @param progress how far the annotator and the project are
 */
public record WorkBrief(
        long projectId,
        String title,
        String instructions,
        String workedExample,
        List<QuestionSpec> questions,
        List<QuestionSpec> checks,
        boolean checksPassed,
        boolean screenedOut,
        Progress progress) {

    /**
     * Progress counts.
     *
     * @param mine items this annotator answered
     * @param myCap this annotator's cap, or null
     * @param projectDone judgements answered in the whole project
     * @param projectTarget items × k
     */
    public record Progress(long mine, Integer myCap, long projectDone, long projectTarget) {}
}
