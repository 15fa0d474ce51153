package org.moralbase.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.moralbase.study.Recruitment;

/** The platforms' id forms: Prolific's 24 hex digits strictly, MTurk's letters and digits leniently. */
class ArrivalParserTest {

    private static final String PID = "5f2a8c7e1b3d4a6f9e0c1d2b";

    @Test
    void prolificIdsMustBeTwentyFourHexDigitsEachNamedWhenWrong() {
        assertThat(ArrivalParser.parse(Recruitment.PROLIFIC, prolific(PID, PID, PID))
                        .externalId())
                .isEqualTo(PID);
        refused(prolific("someone", PID, PID), "PROLIFIC_PID");
        refused(prolific("{{%PROLIFIC_PID%}}", PID, PID), "PROLIFIC_PID"); // the placeholder, not filled in
        refused(prolific(PID + "0", PID, PID), "PROLIFIC_PID");
        refused(prolific(PID, "st1", PID), "STUDY_ID");
        refused(prolific(PID, PID, "se1"), "SESSION_ID");
    }

    @Test
    void mturkIdsAreLettersAndDigitsAndThePreviewStillWorks() {
        Map<String, List<String>> worker = new HashMap<>(Map.of(
                "workerId", List.of("A1B2C3D4E5F6G7"),
                "assignmentId", List.of("3ABCDEFGHIJKLMNOPQRSTUVWXYZ012"),
                "hitId", List.of("3XYZABCDEFGHIJKLMNOPQRSTUVW987"),
                "turkSubmitTo", List.of("https://www.mturk.com")));
        assertThat(ArrivalParser.parse(Recruitment.MTURK, worker).externalId()).isEqualTo("A1B2C3D4E5F6G7");
        worker.put("workerId", List.of("<script>"));
        assertThatThrownBy(() -> ArrivalParser.parse(Recruitment.MTURK, worker))
                .isInstanceOfSatisfying(BadLinkException.class, bad -> assertThat(bad.parameter())
                        .isEqualTo("workerId"));

        Arrival preview = ArrivalParser.parse(
                Recruitment.MTURK,
                Map.of("assignmentId", List.of(ArrivalParser.MTURK_PREVIEW), "hitId", List.of("3XYZABCDEFGHIJ")));
        assertThat(preview.preview()).isTrue();
    }

    private static Map<String, List<String>> prolific(String pid, String study, String session) {
        return Map.of("PROLIFIC_PID", List.of(pid), "STUDY_ID", List.of(study), "SESSION_ID", List.of(session));
    }

    private static void refused(Map<String, List<String>> parameters, String parameter) {
        assertThatThrownBy(() -> ArrivalParser.parse(Recruitment.PROLIFIC, parameters))
                .isInstanceOfSatisfying(BadLinkException.class, bad -> {
                    assertThat(bad.parameter()).isEqualTo(parameter);
                    assertThat(bad.problem()).isEqualTo(BadLinkException.Problem.INVALID);
                });
    }
}
