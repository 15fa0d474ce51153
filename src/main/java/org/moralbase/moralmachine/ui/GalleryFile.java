package org.moralbase.moralmachine.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.moralbase.moralmachine.CharacterType;
import org.moralbase.moralmachine.picture.CharacterGallery;

/**
 * The consent page's gallery of the 20 characters as one file per language (issue 16, decision 0045):
 * {@code /pictures/mm/VERSION/gallery-LANG.svg}, where the version is a digest of the drawing itself, so a new
 * drawing or a new caption gets a new address and a browser may keep the file for a year. Before, every arrival
 * carried the gallery's 40 KB of markup through its Vaadin session. Drawn once per language and node, from the
 * translations alone: any node draws the same file.
 */
final class GalleryFile {

    /** Figures per row: 5 reads on a desktop and stays legible on a phone, where the file scales down. */
    private static final int COLUMNS = 5;

    private static final Map<String, GalleryFile> DRAWN = new ConcurrentHashMap<>();

    private final String language;
    private final String version;
    private final String svg;
    private final String alt;

    private GalleryFile(String language, String svg, String alt) {
        this.language = language;
        this.svg = svg;
        this.alt = alt;
        this.version = digest(svg);
    }

    /** The gallery in the locale's language, or in English if the translations do not provide it; drawn once. */
    static GalleryFile of(I18NProvider words, Locale locale) {
        String language = provided(words, locale.getLanguage()) ? locale.getLanguage() : Locale.ENGLISH.getLanguage();
        return DRAWN.computeIfAbsent(language, lang -> draw(words, lang));
    }

    /** Whether the translations provide this language (the file's address names only those). */
    static boolean provided(I18NProvider words, String language) {
        return words.getProvidedLocales().stream().anyMatch(l -> l.getLanguage().equals(language));
    }

    private static GalleryFile draw(I18NProvider words, String language) {
        Locale locale = Locale.forLanguageTag(language);
        Text text = (key, params) -> words.getTranslation(key, locale, params);
        String legend = text.get("intro.legend");
        String svg = CharacterGallery.render(type -> ScenarioText.caption(text, type), legend, COLUMNS);
        // an image's text alternative: the heading and every caption, as the inline picture's text read before
        String alt = List.of(CharacterType.values()).stream()
                .map(type -> ScenarioText.caption(text, type))
                .collect(Collectors.joining(", ", legend + ": ", ""));
        return new GalleryFile(language, svg, alt);
    }

    String url() {
        return OutcomePictureController.PREFIX + version + "/gallery-" + language + ".svg";
    }

    String version() {
        return version;
    }

    String svg() {
        return svg;
    }

    String alt() {
        return alt;
    }

    private static String digest(String svg) {
        try {
            byte[] sum = MessageDigest.getInstance("SHA-256").digest(svg.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sum, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
