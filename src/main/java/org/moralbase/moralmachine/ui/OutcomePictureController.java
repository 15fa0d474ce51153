package org.moralbase.moralmachine.ui;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.moralbase.base.ui.Translations;
import org.moralbase.moralmachine.picture.OutcomeCodes;
import org.moralbase.moralmachine.picture.OutcomePicture;
import org.moralbase.moralmachine.picture.OutcomeScene;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the scenario pictures as files (issue 16, decision 0044): {@code /pictures/mm/VERSION/CODE.svg} draws the
 * outcome the code names ({@link OutcomeCodes}). The address says all the picture shows and the version names the
 * drawing, so a picture never changes: browsers and proxies keep it for a year, and no answer carries 35–40 KB of
 * markup through the participant's Vaadin session. Open to all (a participant has no login); the pictures hold no
 * study data, only the characters any participant sees. The consent page's gallery is served here too.
 */
@RestController
class OutcomePictureController {

    static final String PREFIX = "/pictures/mm/";
    private static final MediaType SVG = MediaType.valueOf("image/svg+xml");

    private final Translations translations;

    OutcomePictureController(Translations translations) {
        this.translations = translations;
    }

    /** The address of a scene's picture. */
    static String url(OutcomeScene scene) {
        return PREFIX + OutcomeCodes.VERSION + "/" + OutcomeCodes.code(scene) + ".svg";
    }

    @GetMapping(PREFIX + "{version}/{code}.svg")
    ResponseEntity<String> picture(@PathVariable String version, @PathVariable String code) {
        OutcomeScene scene;
        try {
            scene = OutcomeCodes.parse(code);
        } catch (IllegalArgumentException e) {
            return ResponseEntity.notFound().build();
        }
        return svg(version.equals(OutcomeCodes.VERSION), OutcomePicture.render(scene, ""));
    }

    /** The consent page's gallery of characters in one of the participant languages ({@link GalleryFile}). */
    @GetMapping(PREFIX + "{version}/gallery-{language}.svg")
    ResponseEntity<String> gallery(@PathVariable String version, @PathVariable String language) {
        if (!GalleryFile.provided(translations, language)) {
            return ResponseEntity.notFound().build();
        }
        GalleryFile gallery = GalleryFile.of(translations, Locale.forLanguageTag(language));
        return svg(version.equals(gallery.version()), gallery.svg());
    }

    private static ResponseEntity<String> svg(boolean current, String body) {
        // an old version's address (a page open across a new release) gets today's drawing, not to be kept
        CacheControl cache =
                current ? CacheControl.maxAge(365, TimeUnit.DAYS).cachePublic().immutable() : CacheControl.noCache();
        return ResponseEntity.ok()
                .cacheControl(cache)
                .contentType(SVG)
                .header("X-Content-Type-Options", "nosniff")
                .body(body);
    }
}
