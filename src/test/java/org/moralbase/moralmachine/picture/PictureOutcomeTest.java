package org.moralbase.moralmachine.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.moralbase.moralmachine.CharacterType.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.moralbase.moralmachine.CharacterType;
import org.moralbase.moralmachine.Signal;
import org.w3c.dom.Element;

class PictureOutcomeTest {

    /** Every kind of outcome: both maneuvers × ped-ped / passengers die / passengers spared × signals. */
    static Stream<OutcomeScene> scenes() {
        List<OutcomeScene> all = new ArrayList<>();
        for (Maneuver m : Maneuver.values()) {
            for (Signal a : Signal.values()) {
                for (Signal b : Signal.values()) {
                    all.add(new OutcomeScene(
                            m, Group.pedestrians(a, MAN, WOMAN, PREGNANT), Group.pedestrians(b, BOY, GIRL)));
                }
                all.add(new OutcomeScene(
                        m, Group.passengers(OLD_MAN, DOG), Group.pedestrians(a, CRIMINAL, HOMELESS, CAT)));
                all.add(new OutcomeScene(
                        m, Group.pedestrians(a, STROLLER), Group.passengers(FEMALE_DOCTOR, MALE_DOCTOR)));
            }
        }
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("scenes")
    void isWellFormedScalableAndAccessible(OutcomeScene scene) {
        SvgXml svg = SvgXml.parse(OutcomePicture.render(scene, "Outcome"));
        Element root = svg.root();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 500 312");
        assertThat(root.getAttribute("width")).isEqualTo("100%");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-label")).isEqualTo("Outcome");
    }

    @ParameterizedTest
    @MethodSource("scenes")
    void drawsOneFigurePerCharacterTaggedWithItsTypeAndFate(OutcomeScene scene) {
        SvgXml svg = SvgXml.parse(OutcomePicture.render(scene, "Outcome"));
        List<CharacterType> everyone = new ArrayList<>(scene.victims().characters());
        everyone.addAll(scene.spared().characters());
        assertThat(svg.count("mb-char")).isEqualTo(everyone.size());
        for (CharacterType type : CharacterType.values()) {
            assertThat(svg.count("mb-char", Figures.cssClass(type)))
                    .as(type.name())
                    .isEqualTo(Collections.frequency(everyone, type));
        }
        assertThat(svg.count("mb-char", "mb-victim"))
                .isEqualTo(scene.victims().characters().size());
        assertThat(svg.count("mb-char", "mb-spared"))
                .isEqualTo(scene.spared().characters().size());
    }

    @ParameterizedTest
    @MethodSource("scenes")
    void putsOneSkullOnEveryVictimAndNoneOnTheSpared(OutcomeScene scene) {
        SvgXml svg = SvgXml.parse(OutcomePicture.render(scene, "Outcome"));
        assertThat(svg.count("mb-death")).isEqualTo(scene.victims().characters().size());
    }

    @ParameterizedTest
    @MethodSource("scenes")
    void drawsTheBarrierOnlyWithPassengersAndAheadExactlyWhenStayingHitsIt(OutcomeScene scene) {
        SvgXml svg = SvgXml.parse(OutcomePicture.render(scene, "Outcome"));
        boolean passengers = scene.victims().passengers() || scene.spared().passengers();
        assertThat(svg.count("mb-barrier")).isEqualTo(passengers ? 1 : 0);
        boolean diesByStaying = scene.passengersDie() && scene.maneuver() == Maneuver.STAY;
        boolean survivesBySwerving = scene.spared().passengers() && scene.maneuver() == Maneuver.SWERVE;
        // a dilemma's two outcomes share one road: the barrier is ahead in both or in neither
        assertThat(svg.count("mb-barrier", "mb-lane-car")).isEqualTo(diesByStaying || survivesBySwerving ? 1 : 0);
        assertThat(svg.count("mb-island")).isEqualTo(passengers ? 0 : 1);
    }

    @ParameterizedTest
    @MethodSource("scenes")
    void drawsALightOnlyForEachSignalledGroupInItsColour(OutcomeScene scene) {
        SvgXml svg = SvgXml.parse(OutcomePicture.render(scene, "Outcome"));
        List<Signal> signals = List.of(scene.victims().signal(), scene.spared().signal());
        assertThat(svg.count("mb-light"))
                .isEqualTo((int) signals.stream().filter(s -> s != Signal.NONE).count());
        assertThat(svg.count("mb-light", "mb-light-red")).isEqualTo(Collections.frequency(signals, Signal.RED));
        assertThat(svg.count("mb-light", "mb-light-green")).isEqualTo(Collections.frequency(signals, Signal.GREEN));
    }

    @ParameterizedTest
    @MethodSource("scenes")
    void drawsPassengersInsideTheCarAndThePathOfTheManeuver(OutcomeScene scene) {
        SvgXml svg = SvgXml.parse(OutcomePicture.render(scene, "Outcome"));
        Group inCar = scene.victims().passengers() ? scene.victims() : scene.spared();
        int expected = scene.pedPed() ? 0 : inCar.characters().size();
        assertThat(svg.count("mb-passenger")).isEqualTo(expected);
        assertThat(svg.select("//*[@class='mb-car']//*[contains(@class,'mb-passenger')]"))
                .hasSize(expected);
        String path = scene.maneuver() == Maneuver.STAY ? "mb-path-stay" : "mb-path-swerve";
        assertThat(svg.count("mb-path", path)).isEqualTo(1);
        assertThat(svg.count("mb-path")).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("scenes")
    void keepsEachGroupInTheSameLaneInBothOutcomesOfTheDilemma(OutcomeScene scene) {
        SvgXml one = SvgXml.parse(OutcomePicture.render(scene, "1"));
        SvgXml two = SvgXml.parse(OutcomePicture.render(scene.opposite(), "2"));
        int pedestrians = one.count("mb-pedestrian");
        assertThat(classesIn(one, "mb-lane-car").size()
                        + classesIn(one, "mb-lane-other").size())
                .isEqualTo(pedestrians)
                .isPositive();
        for (String lane : List.of("mb-lane-car", "mb-lane-other")) {
            assertThat(classesIn(two, lane)).isEqualTo(classesIn(one, lane));
            assertThat(two.count("mb-barrier", lane)).isEqualTo(one.count("mb-barrier", lane));
            assertThat(two.count("mb-light", lane)).isEqualTo(one.count("mb-light", lane));
        }
    }

    private static List<String> classesIn(SvgXml svg, String lane) {
        return svg.withClasses("mb-group", lane).stream()
                .flatMap(g -> svg.select("//*").stream().filter(e -> e.getParentNode() == g))
                .map(e -> e.getAttribute("class").replace(" mb-victim", "").replace(" mb-spared", ""))
                .filter(c -> c.startsWith("mb-char"))
                .toList();
    }

    @Test
    void placesTheVictimsInTheLaneTheCarEndsIn() {
        OutcomeScene stay = new OutcomeScene(
                Maneuver.STAY, Group.pedestrians(Signal.RED, DOG), Group.pedestrians(Signal.GREEN, MAN, WOMAN));
        SvgXml svg = SvgXml.parse(OutcomePicture.render(stay, "x"));
        assertThat(svg.count("mb-group", "mb-lane-car")).isEqualTo(1);
        assertThat(svg.select("//*[contains(@class,'mb-lane-car')]//*[contains(@class,'mb-char-dog')]"))
                .hasSize(1);
        assertThat(svg.count("mb-light-red", "mb-lane-car")).isEqualTo(1);
        SvgXml swerve = SvgXml.parse(OutcomePicture.render(stay.opposite(), "y"));
        assertThat(swerve.select("//*[contains(@class,'mb-lane-other')]//*[contains(@class,'mb-victim')]"))
                .hasSize(2);
    }

    @Test
    void escapesTheLabelSoMarkupInItStaysText() {
        String label = "<script>alert(\"x\")</script> & 'y'";
        String markup = OutcomePicture.render(scenes().findFirst().orElseThrow(), label);
        assertThat(markup).doesNotContain("<script").contains("&lt;script&gt;");
        SvgXml svg = SvgXml.parse(markup);
        assertThat(svg.root().getAttribute("aria-label")).isEqualTo(label);
        assertThat(svg.select("/*/*[local-name()='title']").getFirst().getTextContent())
                .isEqualTo(label);
    }

    @ParameterizedTest
    @MethodSource("scenes")
    void isSelfContainedWithoutIdsTextScriptsOrLinks(OutcomeScene scene) {
        String markup = OutcomePicture.render(scene, "Outcome");
        SvgXml svg = SvgXml.parse(markup);
        assertThat(svg.select("//*[@id]")).isEmpty();
        assertThat(svg.select("//*[local-name()='text' or local-name()='script' or local-name()='image']"))
                .isEmpty();
        assertThat(markup).doesNotContain("href", "url(", "@import");
    }

    @Test
    void rejectsGroupsThatNoMoralMachineDilemmaHas() {
        assertThatThrownBy(() -> Group.pedestrians(Signal.NONE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Group.pedestrians(Signal.NONE, MAN, MAN, MAN, MAN, MAN, MAN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Group(List.of(MAN), true, Signal.RED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OutcomeScene(Maneuver.STAY, Group.passengers(MAN), Group.passengers(CAT)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theOppositeOutcomeSwapsManeuverAndFates() {
        OutcomeScene scene =
                new OutcomeScene(Maneuver.SWERVE, Group.passengers(MAN), Group.pedestrians(Signal.RED, CAT));
        OutcomeScene other = scene.opposite();
        assertThat(other.maneuver()).isEqualTo(Maneuver.STAY);
        assertThat(other.victims()).isEqualTo(scene.spared());
        assertThat(other.opposite()).isEqualTo(scene);
        assertThat(scene.barrierInCarLane()).isFalse();
        assertThat(other.barrierInCarLane()).isFalse();
    }
}
