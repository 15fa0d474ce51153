package org.moralbase.moralmachine.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.moralbase.moralmachine.MoralMachineSession;

/** Welcome, consent, the language choice, how it works and who appears. */
class ConsentStep extends Div {

    ConsentStep(
            MoralMachineSession mm,
            List<Locale> languages,
            java.util.function.Function<Locale, String> languageName,
            Consumer<Locale> onLanguage,
            GalleryFile galleryFile,
            Runnable onAgree,
            Runnable onDecline) {
        setId("consent-step");
        H1 title = new H1(mm.study().title());
        title.setId("study-title");
        title.addClassName("mb-page-title");

        Select<Locale> language = new Select<>();
        language.setId("language");
        language.setLabel(getTranslation("language.label"));
        language.setItems(languages);
        language.setItemLabelGenerator(languageName::apply);
        language.setValue(languages.stream()
                .filter(l -> l.getLanguage().equals(mm.session().language()))
                .findFirst()
                .orElse(languages.getFirst()));
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                onLanguage.accept(e.getValue());
            }
        });

        String consentText = mm.settings().consentText() == null
                        || mm.settings().consentText().isBlank()
                ? getTranslation("consent.default")
                : mm.settings().consentText();
        Paragraph consent = new Paragraph(consentText);
        consent.setId("consent-text");
        consent.getStyle().set("white-space", "pre-line");

        Div intro = new Div(
                new H2(getTranslation("intro.title")),
                new Paragraph(getTranslation("intro.text", mm.scenarios().size())),
                new H2(getTranslation("intro.legend")),
                gallery(galleryFile));

        Button agree = new Button(getTranslation("consent.agree"), e -> onAgree.run());
        agree.setId("consent-agree");
        agree.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        agree.setDisableOnClick(true);
        Button decline = new Button(getTranslation("consent.decline"), e -> onDecline.run());
        decline.setId("consent-decline");
        decline.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div actions = new Div(agree, decline);
        actions.addClassName("mb-actions");

        add(language, title, new Div(new H2(getTranslation("consent.title")), consent), intro, actions);
    }

    private Image gallery(GalleryFile file) {
        Image gallery = new Image(file.url(), file.alt());
        gallery.setId("character-gallery");
        gallery.addClassName("mb-gallery");
        return gallery;
    }
}
