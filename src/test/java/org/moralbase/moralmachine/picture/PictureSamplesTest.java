package org.moralbase.moralmachine.picture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.moralbase.moralmachine.CharacterType;

/** Writes sample pages to {@code target/picture-samples/} so a person can render and inspect them. */
class PictureSamplesTest {

    private static final Path DIR = Path.of("target", "picture-samples");

    @Test
    void writesTheGalleryPage() throws IOException {
        write("gallery.html", 640, CharacterGallery.render(CharacterType::column, "All characters", 5));
        write("gallery-phone.html", 360, CharacterGallery.render(CharacterType::column, "All characters", 4));
        assertThat(DIR.resolve("gallery.html")).exists();
    }

    static void write(String name, int width, String body) throws IOException {
        Files.createDirectories(DIR);
        String html = "<!doctype html><html><head><meta charset='utf-8'><style>body{margin:8px;font-family:sans-serif}"
                + ".box{width:" + width + "px}</style></head><body><div class='box'>" + body + "</div></body></html>";
        Files.writeString(DIR.resolve(name), html);
    }
}
