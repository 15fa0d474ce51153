package org.moralbase.participation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.moralbase.base.ui.MessagePage;
import org.moralbase.base.ui.ParticipantLayout;
import org.moralbase.base.ui.Translations;
import org.moralbase.participation.Arrival;
import org.moralbase.participation.ArrivalParser;
import org.moralbase.participation.BadLinkException;
import org.moralbase.participation.ParticipationService;
import org.moralbase.participation.Source;
import org.moralbase.participation.StartOutcome;
import org.moralbase.study.PublicStudies;
import org.moralbase.study.PublicStudy;
import org.moralbase.study.StudyKind;
import org.moralbase.study.StudyKinds;
import org.moralbase.study.StudyService;

/**
 * Where a participant link leads: reads the recruitment parameters, starts or resumes the session and hands
 * over to the study kind's pages; or shows a clear page saying why not. {@code ?preview=1} lets a signed-in
 * researcher who may see the study try it, even as a draft; preview sessions stay out of results.
 */
@Route(value = "take/:code", layout = ParticipantLayout.class)
@AnonymousAllowed
class TakeStudyView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final PublicStudies studies;
    private final ParticipationService participation;
    private final StudyService researcherStudies;
    private final Translations translations;
    private final StudyKinds kinds;
    private String title = "Moralbase";

    TakeStudyView(
            PublicStudies studies,
            ParticipationService participation,
            StudyService researcherStudies,
            Translations translations,
            StudyKinds kinds) {
        this.studies = studies;
        this.participation = participation;
        this.researcherStudies = researcherStudies;
        this.translations = translations;
        this.kinds = kinds;
        setId("take-study");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Map<String, List<String>> params =
                event.getLocation().getQueryParameters().getParameters();
        UI ui = event.getUI();
        ui.setLocale(
                translations.match(single(params, "lang").orElse(ui.getLocale().toLanguageTag()), null));
        Optional<PublicStudy> study =
                studies.byCode(event.getRouteParameters().get("code").orElse(""));
        if (study.isEmpty()) {
            show("study-unavailable", "page.notFound.title", getTranslation("page.notFound.text"));
            return;
        }
        title = study.get().title();
        Arrival arrival;
        try {
            arrival = single(params, "preview").isPresent() && mayPreview(study.get())
                    ? new Arrival(Source.PREVIEW, null, null, null, null, false)
                    : ArrivalParser.parse(study.get().recruitment().recruitment(), params);
        } catch (BadLinkException badLink) {
            show(
                    "bad-link",
                    "page.badLink.title",
                    getTranslation(badLink.problem().translationKey(), badLink.parameter()));
            return;
        }
        StartOutcome outcome = participation.start(
                study.get(),
                arrival,
                null,
                ui.getLocale().getLanguage(),
                Devices.classify(VaadinSession.getCurrent()),
                clientAddress());
        switch (outcome) {
            case StartOutcome.Ready ready -> {
                // a returning participant whose link names a language gets it (the first visit's choice is kept
                // otherwise)
                single(params, "lang")
                        .map(lang -> ui.getLocale().getLanguage())
                        .filter(lang -> !lang.equals(ready.session().language()))
                        .ifPresent(lang ->
                                participation.setLanguage(ready.session().token(), lang));
                Optional<StudyKind> kind = kinds.find(study.get().kind());
                if (kind.isEmpty()) {
                    show("study-unavailable", "page.notFound.title", getTranslation("page.notFound.text"));
                } else {
                    event.forwardTo(
                            kind.get().participantPage(),
                            new RouteParameters("session", ready.session().token()));
                }
            }
            case StartOutcome.Preview preview ->
                show("mturk-preview", "page.preview.title", getTranslation("page.preview.text"));
            case StartOutcome.Throttled throttled ->
                show(
                        "study-throttled",
                        "page.throttled.title",
                        getTranslation(
                                "page.throttled.text",
                                Math.max(1, (throttled.retryAfter().toMillis() + 999) / 1000)));
            case StartOutcome.Refused refused -> {
                String page =
                        switch (refused.reason()) {
                            case NOT_FOUND -> "page.notFound";
                            case NOT_OPEN -> "page.notOpen";
                            case CLOSED -> "page.closed";
                            case FULL -> "page.full";
                            case ALREADY_DONE -> "page.done";
                            case BAD_LINK -> "page.badLink";
                        };
                show(
                        "study-" + refused.reason().name().toLowerCase().replace('_', '-'),
                        page + ".title",
                        getTranslation(page + ".text"));
            }
        }
    }

    private boolean mayPreview(PublicStudy study) {
        try {
            return researcherStudies.find(study.id()).isPresent();
        } catch (RuntimeException notSignedInOrNotAllowed) {
            return false;
        }
    }

    // the request's address, after the forwarded-header handling (X-Forwarded-For from the TLS proxy) that the login
    // throttle relies on too; the browser's address if there is no request at hand
    private static String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null && request.getRemoteAddr() != null) {
            return request.getRemoteAddr();
        }
        VaadinSession session = VaadinSession.getCurrent();
        return session == null || session.getBrowser() == null
                ? "unknown"
                : session.getBrowser().getAddress();
    }

    private void show(String id, String titleKey, String text) {
        add(new MessagePage(id, getTranslation(titleKey), text));
    }

    private static Optional<String> single(Map<String, List<String>> params, String name) {
        List<String> values = params.getOrDefault(name, List.of());
        return values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
