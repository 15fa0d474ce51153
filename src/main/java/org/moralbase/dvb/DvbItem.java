package org.moralbase.dvb;

import java.util.Optional;

/**
 * One released DVB prompt (methods §4). Identifiers are kept as text, as files differ in whether they quote them.
 *
 * @param promptId unique key of the prompt
 * @param testId the test this prompt belongs to (several prompts share one test across N)
 * @param contextCorrelationPair the file's context/correlation pair label
 * @param nTrainingExamples N, the number of training choices in the prompt
 * @param testUid the test's unique id
 * @param prompt the full prompt text, verbatim
 * @param deepValues v1 (preferred) and v2 with definitions
 * @param shallowPreferences s1 (confounded with v1 in training) and s2 with definitions
 * @param context domain and activity
 * @param expectedDeepValueChoice the test option that generalises the deep value
 * @param shallowPreferenceChoice the test option that follows the shallow preference (always the other one)
 * @param examples the training and test pairs, when a per-test examples file was given
 */
public record DvbItem(
        String promptId,
        String testId,
        String contextCorrelationPair,
        int nTrainingExamples,
        String testUid,
        String prompt,
        DeepValues deepValues,
        ShallowPreferences shallowPreferences,
        DvbContext context,
        OptionLabel expectedDeepValueChoice,
        OptionLabel shallowPreferenceChoice,
        Optional<DvbExamples> examples) {

    /** Checks the key, N and that the two choices differ. */
    public DvbItem {
        if (promptId == null || promptId.isBlank()) {
            throw new IllegalArgumentException("promptId must not be blank");
        }
        if (nTrainingExamples < 1) {
            throw new IllegalArgumentException("nTrainingExamples must be positive, was " + nTrainingExamples);
        }
        if (expectedDeepValueChoice == null || expectedDeepValueChoice == shallowPreferenceChoice) {
            throw new IllegalArgumentException(
                    "the deep-value and shallow-preference choices must be different options");
        }
        if (examples == null) {
            throw new IllegalArgumentException("examples must not be null (use Optional.empty())");
        }
    }

    /** A copy with the given examples attached. */
    public DvbItem withExamples(DvbExamples attached) {
        return new DvbItem(
                promptId,
                testId,
                contextCorrelationPair,
                nTrainingExamples,
                testUid,
                prompt,
                deepValues,
                shallowPreferences,
                context,
                expectedDeepValueChoice,
                shallowPreferenceChoice,
                Optional.of(attached));
    }
}
