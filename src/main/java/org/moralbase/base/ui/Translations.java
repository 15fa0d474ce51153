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
 * adding a language is adding one file. A kind of study may bring its own words in
 * {@code i18n/kinds/<kind>[_<lang>].properties} (decision 0012), looked up after the shared bundle. Missing keys fall
 * back to English, then to the key itself.
 */
@Component
public class Translations implements I18NProvider {

    private static final String BUNDLE = "i18n.participant";
    private static final String REMEMBERED = "moralbase.participant-language";
    private static final String KIND_BUNDLES = "classpath*:i18n/kinds/*.properties";
    private final List<Locale> locales;
    private final List<String> bundles;

    public Translations() {
        this.locales = discover();
        this.bundles = bundles();
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
        for (String bundle : bundles) {
            String found = lookup(bundle, key, locale);
            if (found != null) {
                return found;
            }
        }
        return key;
    }

    private static String lookup(String bundle, String key, Locale locale) {
        try {
            return ResourceBundle.getBundle(
                            bundle,
                            locale,
                            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(key);
        } catch (MissingResourceException notHere) {
            try {
                return ResourceBundle.getBundle(bundle, Locale.ROOT).getString(key);
            } catch (MissingResourceException nowhere) {
                return null;
            }
        }
    }

    /** The participant bundle, then each kind's own ({@code i18n/kinds/<kind>.properties}), by name. */
    private static List<String> bundles() {
        List<String> found = new ArrayList<>(List.of(BUNDLE));
        try {
            List<String> kinds = new ArrayList<>();
            for (Resource r : new PathMatchingResourcePatternResolver().getResources(KIND_BUNDLES)) {
                String name = r.getFilename();
                if (name != null && !name.contains("_")) {
                    kinds.add("i18n.kinds." + name.substring(0, name.length() - ".properties".length()));
                }
            }
            kinds.sort(Comparator.naturalOrder());
            found.addAll(kinds);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list the kinds' translation bundles", e);
        }
        return List.copyOf(found);
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
