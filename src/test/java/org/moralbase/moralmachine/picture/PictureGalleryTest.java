package org.moralbase.moralmachine.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.moralbase.moralmachine.CharacterType;
import org.w3c.dom.Element;

class PictureGalleryTest {

    @Test
    void showsEveryTypeOnceWithItsCaptionInEnumOrder() {
        SvgXml svg = SvgXml.parse(CharacterGallery.render(t -> "cap-" + t.column(), "All characters", 5));
        assertThat(svg.count("mb-char")).isEqualTo(20);
        for (CharacterType type : CharacterType.values()) {
            assertThat(svg.count("mb-char", Figures.cssClass(type)))
                    .as(type.name())
                    .isEqualTo(1);
        }
        List<String> captions = svg.select("//*[local-name()='text']").stream()
                .map(Element::getTextContent)
                .toList();
        assertThat(captions)
                .containsExactlyElementsOf(List.of(CharacterType.values()).stream()
                        .map(t -> "cap-" + t.column())
                        .toList());
        assertThat(svg.root().getAttribute("role")).isEqualTo("img");
        assertThat(svg.root().getAttribute("aria-label")).isEqualTo("All characters");
    }

    @Test
    void sizesTheGridByTheNumberOfColumns() {
        assertThat(SvgXml.parse(CharacterGallery.render(t -> "", "g", 5)).root().getAttribute("viewBox"))
                .isEqualTo("0 0 600 472");
        assertThat(SvgXml.parse(CharacterGallery.render(t -> "", "g", 4)).root().getAttribute("viewBox"))
                .isEqualTo("0 0 480 590");
        assertThatThrownBy(() -> CharacterGallery.render(t -> "", "g", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void escapesCaptionsAndSqueezesLongOnesIntoTheirCell() {
        String evil = "<script>x</script>";
        String markup = CharacterGallery.render(
                t -> t == CharacterType.CAT ? evil : "Eine sehr lange Übersetzung für " + t.column(), "g", 5);
        assertThat(markup).doesNotContain("<script").contains("&lt;script&gt;");
        SvgXml svg = SvgXml.parse(markup);
        List<Element> texts = svg.select("//*[local-name()='text']");
        assertThat(texts.getLast().getTextContent()).isEqualTo(evil);
        assertThat(texts.getFirst().getAttribute("textLength")).isEqualTo("108");
    }

    @Test
    void drawsASingleCharacterAsItsOwnPicture() {
        for (CharacterType type : CharacterType.values()) {
            SvgXml svg = SvgXml.parse(CharacterPicture.render(type, type.column()));
            assertThat(svg.count("mb-char", Figures.cssClass(type))).isEqualTo(1);
            assertThat(svg.root().getAttribute("aria-label")).isEqualTo(type.column());
        }
    }

    @Test
    void formatsNumbersShortAndLocaleFree() {
        assertThat(SvgMarkup.num(12)).isEqualTo("12");
        assertThat(SvgMarkup.num(-0.25)).isEqualTo("-0.25");
        assertThat(SvgMarkup.num(1.5)).isEqualTo("1.5");
        assertThat(SvgMarkup.num(1.005)).isEqualTo("1");
        assertThat(SvgMarkup.escape("a\"b'c&d<e>")).isEqualTo("a&quot;b&apos;c&amp;d&lt;e&gt;");
    }
}
