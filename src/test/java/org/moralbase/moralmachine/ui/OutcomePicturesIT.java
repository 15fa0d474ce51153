package org.moralbase.moralmachine.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.moralbase.IntegrationTest;
import org.moralbase.base.ui.Translations;
import org.moralbase.moralmachine.CharacterType;
import org.moralbase.moralmachine.picture.OutcomeCodes;
import org.moralbase.moralmachine.picture.OutcomePicture;
import org.moralbase.moralmachine.picture.OutcomeScene;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The scenario pictures as files (decision 0044), over HTTP with no login: the drawing of the code, kept a year by
 * browsers and proxies, no session made; an old drawing's address is answered but not kept; anything else is a 404.
 * The consent page's gallery likewise, one file per participant language (decision 0045).
 */
class OutcomePicturesIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    Translations translations;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aPictureIsTheDrawingOfItsCodeKeptForAYearWithoutASession() throws Exception {
        OutcomeScene scene = OutcomeCodes.parse("w-r4b-p70");

        HttpResponse<String> r = get(OutcomePictureController.url(scene));

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("image/svg+xml"));
        assertThat(r.body()).isEqualTo(OutcomePicture.render(scene, ""));
        assertThat(r.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(v -> assertThat(v).contains("max-age=31536000", "public", "immutable"));
        assertThat(r.headers().allValues("Pragma")).isEmpty();
        assertThat(r.headers().allValues("Set-Cookie"))
                .as("no session for a picture")
                .isEmpty();
        assertThat(r.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("default-src 'none'"));
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void anOldDrawingsAddressGetsTodaysDrawingNotToBeKept() throws Exception {
        OutcomeScene scene = OutcomeCodes.parse("s-g0-n1");

        HttpResponse<String> r = get("/pictures/mm/00000000/" + OutcomeCodes.code(scene) + ".svg");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo(OutcomePicture.render(scene, ""));
        assertThat(r.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(v -> assertThat(v).contains("no-cache").doesNotContain("immutable"));
    }

    @Test
    void theGalleryIsAFilePerLanguageWithItsCaptionsKeptForAYear() throws Exception {
        for (Locale locale : translations.getProvidedLocales()) {
            GalleryFile file = GalleryFile.of(translations, locale);

            HttpResponse<String> r = get(file.url());

            assertThat(r.statusCode()).as(file.url()).isEqualTo(200);
            assertThat(r.body()).isEqualTo(file.svg());
            assertThat(r.body())
                    .contains(ScenarioText.caption(
                            (key, params) -> translations.getTranslation(key, locale, params), CharacterType.BOY))
                    .contains(translations.getTranslation("intro.legend", locale));
            assertThat(r.headers().firstValue("Cache-Control"))
                    .hasValueSatisfying(v -> assertThat(v).contains("max-age=31536000", "immutable"));
            assertThat(r.headers().allValues("Set-Cookie")).isEmpty();
        }
        String english = GalleryFile.of(translations, Locale.ENGLISH).url();
        String spanish =
                GalleryFile.of(translations, Locale.forLanguageTag("es")).url();
        assertThat(english).as("another language's captions, another drawing").isNotEqualTo(spanish);
        assertThat(english.substring(0, english.lastIndexOf('/')))
                .isNotEqualTo(spanish.substring(0, spanish.lastIndexOf('/')));

        assertThat(GalleryFile.of(translations, Locale.GERMAN).url())
                .as("a language without translations gets the English file, never an address that is not found")
                .isEqualTo(english);

        HttpResponse<String> old = get("/pictures/mm/00000000/gallery-en.svg");
        assertThat(old.statusCode()).isEqualTo(200);
        assertThat(old.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(v -> assertThat(v).contains("no-cache").doesNotContain("immutable"));
        for (String language : new String[] {"xx", "EN", "en-GB", ""}) {
            HttpResponse<String> r = get("/pictures/mm/00000000/gallery-" + language + ".svg");
            assertThat(r.statusCode()).as(language).isEqualTo(404);
            assertThat(r.body()).as(language).doesNotContain("Exception", "at org.");
        }
    }

    @Test
    void aCodeThatNamesNoSceneIsNotFound() throws Exception {
        for (String code : new String[] {"s-p0-p1", "s-g0", "s-gz-p1", "x"}) {
            HttpResponse<String> r = get("/pictures/mm/" + OutcomeCodes.VERSION + "/" + code + ".svg");

            assertThat(r.statusCode()).as(code).isEqualTo(404);
            assertThat(r.body()).as(code).doesNotContain("Exception", "at org.");
        }
    }
}
