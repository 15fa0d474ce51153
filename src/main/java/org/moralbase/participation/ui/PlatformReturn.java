package org.moralbase.participation.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.moralbase.participation.SessionState;
import org.moralbase.participation.Source;
import org.moralbase.study.RecruitmentSettings;

/**
 * The way back to the recruiting platform at the end of a session, the same on every participant page: on Prolific
 * the study's completion or screen-out code and the link that submits it ({@code completion-code} /
 * {@code prolific-complete}, {@code screen-out-code} / {@code prolific-screen-out}); on MTurk the form that submits
 * the assignment ({@code mturk-submit}); for a public link the code alone, if the study has one. Texts in the
 * participant's language.
 */
public final class PlatformReturn extends Div {

    /** How the session ended. */
    public enum Ending {
        COMPLETED,
        SCREENED_OUT
    }

    /**
     * @param code the study's completion code (for {@link Ending#COMPLETED}) or screen-out code, or null when none is set
     * @param mturkSubmitTo MTurk's submit host for this worker, or null
     * @param assignmentId MTurk's assignment id, or null
     */
    private final boolean offered;

    /** The way back for a participant session of a study: the code that fits how it ended, the session's platform. */
    public static PlatformReturn forSession(SessionState session, RecruitmentSettings recruitment, Ending ending) {
        return new PlatformReturn(
                session.source(),
                ending,
                ending == Ending.COMPLETED ? recruitment.completionCode() : recruitment.screenOutCode(),
                session.returnTo(),
                session.externalSessionId());
    }

    public PlatformReturn(Source source, Ending ending, String code, String mturkSubmitTo, String assignmentId) {
        setId("platform-return");
        // shown only once the session has ended: the browser session may go soon after the tab is closed
        addAttachListener(e -> {
            VaadinRequest request = VaadinRequest.getCurrent();
            EndedSessions.shorten(
                    e.getSession().getSession(),
                    e.getSession().getConfiguration().getHeartbeatInterval(),
                    request != null && request.getUserPrincipal() != null);
        });
        boolean mturk = source == Source.MTURK && mturkSubmitTo != null;
        offered = mturk || code != null;
        boolean completed = ending == Ending.COMPLETED;
        if (!mturk && code != null) {
            // shown for a public link too: a researcher may pay through another platform that asks for a code
            Span shown = new Span(code);
            shown.setId(completed ? "completion-code" : "screen-out-code");
            shown.addClassName("mb-code");
            add(new Paragraph(new Span(getTranslation(completed ? "done.code" : "done.screenOutCode") + " "), shown));
            if (source == Source.PROLIFIC) {
                Anchor back = new Anchor(
                        "https://app.prolific.com/submissions/complete?cc="
                                + URLEncoder.encode(code, StandardCharsets.UTF_8),
                        getTranslation("done.prolific"));
                back.setId(completed ? "prolific-complete" : "prolific-screen-out");
                back.addClassName("mb-return");
                add(new Div(back));
            }
        } else if (mturk) {
            // MTurk expects a form post with the assignment id to its externalSubmit endpoint
            Element form = new Element("form");
            form.setAttribute("method", "post");
            form.setAttribute("action", mturkSubmitTo + "/mturk/externalSubmit");
            form.appendChild(hidden("assignmentId", assignmentId), hidden("completed", completed ? "1" : "0"));
            Element submit = new Element("button");
            submit.setAttribute("type", "submit");
            submit.setAttribute("id", "mturk-submit");
            submit.setText(getTranslation("done.mturk"));
            form.appendChild(submit);
            getElement().appendChild(form);
        }
    }

    /** Whether there is a way back to offer (a Prolific code, an MTurk submission). */
    public boolean offered() {
        return offered;
    }

    private static Element hidden(String name, String value) {
        Element input = new Element("input");
        input.setAttribute("type", "hidden");
        input.setAttribute("name", name);
        input.setAttribute("value", value == null ? "" : value);
        return input;
    }
}
