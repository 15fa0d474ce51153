package org.moralbase.moralmachine.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.moralbase.moralmachine.CharacterType.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.moralbase.moralmachine.CharacterType;
import org.moralbase.moralmachine.Signal;

/** Writes sample pages to {@code target/picture-samples/} so a person can render and inspect them. */
class PictureSamplesTest {

    private static final Path DIR = Path.of("target", "picture-samples");

    @Test
    void writesTheGalleryPage() throws IOException {
        write("gallery.html", 640, CharacterGallery.render(PictureSamplesTest::caption, "All characters", 5));
        write("gallery-phone.html", 360, CharacterGallery.render(PictureSamplesTest::caption, "All characters", 4));
        assertThat(DIR.resolve("gallery.html")).exists();
    }

    @Test
    void writesOutcomePairsAtDesktopAndPhoneWidths() throws IOException {
        pair(
                "pedped-signals",
                new OutcomeScene(
                        Maneuver.STAY,
                        Group.pedestrians(Signal.RED, OLD_MAN, OLD_WOMAN, MAN),
                        Group.pedestrians(Signal.GREEN, BOY, GIRL, STROLLER)));
        pair(
                "passengers-vs-pedestrians",
                new OutcomeScene(
                        Maneuver.STAY,
                        Group.passengers(MALE_EXECUTIVE, FEMALE_DOCTOR, DOG),
                        Group.pedestrians(Signal.RED, CRIMINAL, HOMELESS, CAT, LARGE_MAN, LARGE_WOMAN)));
        pair(
                "swerve-into-barrier",
                new OutcomeScene(
                        Maneuver.SWERVE,
                        Group.passengers(MAN, WOMAN, PREGNANT, OLD_MAN, CAT),
                        Group.pedestrians(
                                Signal.NONE, FEMALE_ATHLETE, MALE_ATHLETE, MALE_DOCTOR, FEMALE_EXECUTIVE, BOY)));
        pair(
                "five-vs-five",
                new OutcomeScene(
                        Maneuver.SWERVE,
                        Group.pedestrians(Signal.NONE, LARGE_MAN, LARGE_WOMAN, DOG, LARGE_MAN, PREGNANT),
                        Group.pedestrians(Signal.NONE, STROLLER, CAT, HOMELESS, CRIMINAL, GIRL)));
        assertThat(DIR.resolve("pedped-signals-desktop.html")).exists();
    }

    private static void pair(String name, OutcomeScene left) throws IOException {
        String a = OutcomePicture.render(left, "Outcome 1");
        String b = OutcomePicture.render(left.opposite(), "Outcome 2");
        String flex = "<div style='display:flex;gap:16px'><div style='flex:1'>" + a + "</div><div style='flex:1'>" + b
                + "</div></div>";
        write(name + "-desktop.html", 1016, flex);
        write(name + "-phone.html", 360, a + "<div style='height:12px'></div>" + b);
    }

    /** "FemaleExecutive" becomes "Female executive", standing in for a translation. */
    private static String caption(CharacterType type) {
        String words = type.column().replaceAll("([a-z])([A-Z])", "$1 $2");
        return words.charAt(0) + words.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    static void write(String name, int width, String body) throws IOException {
        Files.createDirectories(DIR);
        String html = "<!doctype html><html><head><meta charset='utf-8'><style>body{margin:8px;font-family:sans-serif}"
                + ".box{width:" + width + "px}</style></head><body><div class='box'>" + body + "</div></body></html>";
        Files.writeString(DIR.resolve(name), html);
    }
}
