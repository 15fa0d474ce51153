package org.moralbase.moralmachine.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.moralbase.moralmachine.CharacterType;
import org.moralbase.moralmachine.GeneratorMode;
import org.moralbase.moralmachine.Scenario;
import org.moralbase.moralmachine.ScenarioGenerator;
import org.moralbase.moralmachine.Side;
import org.moralbase.moralmachine.Signal;
import org.moralbase.moralmachine.Stimuli;

/** Picture addresses (decision 0044): every scene of generated dilemmas survives code → parse, and nothing else parses. */
class OutcomeCodesTest {

    @Test
    void theDocumentedExampleReadsAsItSays() {
        OutcomeScene scene = OutcomeCodes.parse("s-g09-p12");

        assertThat(scene.maneuver()).isEqualTo(Maneuver.STAY);
        assertThat(scene.victims())
                .isEqualTo(Group.pedestrians(Signal.GREEN, CharacterType.MAN, CharacterType.LARGE_WOMAN));
        assertThat(scene.spared()).isEqualTo(Group.passengers(CharacterType.WOMAN, CharacterType.PREGNANT));
        assertThat(OutcomeCodes.code(scene)).isEqualTo("s-g09-p12");
    }

    @Test
    void everySceneOfGeneratedDilemmasComesBackFromItsCodeAndDrawsTheSame() {
        Set<String> codes = new HashSet<>();
        for (GeneratorMode mode : GeneratorMode.values()) {
            for (Scenario scenario :
                    ScenarioGenerator.of(mode, 7).withStimuli(Stimuli.ALL).scenarios(300)) {
                for (Side side : Side.values()) {
                    OutcomeScene scene = ScenarioScenes.forSide(scenario, side);
                    String code = OutcomeCodes.code(scene);
                    assertThat(code).matches("[sw]-[pngr][0-9a-j]{1,5}-[pngr][0-9a-j]{1,5}");
                    assertThat(OutcomeCodes.parse(code)).isEqualTo(scene);
                    assertThat(OutcomePicture.render(OutcomeCodes.parse(code), ""))
                            .isEqualTo(OutcomePicture.render(scene, ""));
                    codes.add(code);
                }
            }
        }
        assertThat(codes).as("distinct scenes have distinct codes").hasSizeGreaterThan(1_000);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "s",
                "s-g0",
                "x-g0-p1",
                "s-g0-p1-n2",
                "s-q0-p1",
                "s-g-p1",
                "s-gk-p1",
                "s-g0A-p1",
                "s-p0-p1",
                "s-g012345-p1",
                "s-r0-p1/../x",
                "w-p0-g0 "
            })
    void anythingElseIsRefusedWithAReason(String code) {
        assertThatThrownBy(() -> OutcomeCodes.parse(code))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("Exception");
    }

    @Test
    void theVersionIsEightHexDigits() {
        assertThat(OutcomeCodes.VERSION).matches("[0-9a-f]{8}");
    }
}
