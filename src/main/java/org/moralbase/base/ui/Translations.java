package org.moralbase.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Participant-facing text in every language that has a bundle {@code i18n/participant_<lang>.properties}:
 * adding a language is adding one file. Missing keys fall back to English, then to the key itself.
 */
@Component
public class Translations implements I18NProvider {

    private static final String BUNDLE = "i18n.participant";
    private static final String REMEMBERED = "moralbase.participant-language";
    private final List<Locale> locales;

    public Translations() {
        this.locales = discover();
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return locales;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        String pattern = lookup(key, locale == null ? Locale.ENGLISH : locale);
        return params.length == 0 ? pattern : new MessageFormat(pattern, locale).format(params);
    }

    /** The provided locale that best matches a requested language tag (e.g. "zh-CN" → zh), or English. */
    public Locale match(String languageTag, List<String> allowed) {
        String lang = languageTag == null
                ? ""
                : Locale.forLanguageTag(languageTag.replace('_', '-')).getLanguage();
        List<String> offered = allowed == null || allowed.isEmpty()
                ? locales.stream().map(Locale::getLanguage).toList()
                : allowed;
        if (offered.contains(lang)
                && locales.stream().anyMatch(l -> l.getLanguage().equals(lang))) {
            return Locale.forLanguageTag(lang);
        }
        return Locale.forLanguageTag(offered.isEmpty() ? "en" : offered.getFirst());
    }

    /**
     * Shows the page in the participant's language and remembers it for the browser session, so a page shown while
     * the participant's session cannot be read (the database is away) still speaks it.
     */
    public static void use(UI ui, Locale locale) {
        ui.setLocale(locale);
        ui.getSession().setAttribute(REMEMBERED, locale);
    }

    /** Switches the page to the language {@link #use} remembered in this browser session, if any. */
    public static void useRemembered(UI ui) {
        if (ui.getSession().getAttribute(REMEMBERED) instanceof Locale locale) {
            ui.setLocale(locale);
        }
    }

    /** The language's own name, e.g. "Español", for language pickers. */
    public String nativeName(Locale locale) {
        return lookup("language.name", locale);
    }

    private String lookup(String key, Locale locale) {
        try {
            return ResourceBundle.getBundle(
                            BUNDLE,
                            locale,
                            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(key);
        } catch (MissingResourceException notHere) {
            try {
                return ResourceBundle.getBundle(BUNDLE, Locale.ROOT).getString(key);
            } catch (MissingResourceException nowhere) {
                return key;
            }
        }
    }

    private static List<Locale> discover() {
        List<Locale> found = new ArrayList<>();
        try {
            for (Resource r : new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:i18n/participant_*.properties")) {
                String name = r.getFilename();
                found.add(Locale.forLanguageTag(
                        name.substring("participant_".length(), name.length() - ".properties".length())));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list the translation bundles", e);
        }
        found.sort(Comparator.comparing((Locale l) -> !l.getLanguage().equals("en"))
                .thenComparing(Locale::getLanguage));
        return List.copyOf(found);
    }
}
