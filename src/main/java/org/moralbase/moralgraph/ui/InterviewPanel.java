package org.moralbase.moralgraph.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.moralbase.base.ui.BackgroundSave;
import org.moralbase.moralgraph.CardDraft;
import org.moralbase.moralgraph.CardInterview;
import org.moralbase.moralgraph.InterviewReply;
import org.moralbase.moralgraph.InterviewTurn;

/**
 * The chat with the interviewer model above the card form (decision 0037): the participant's messages and the
 * interviewer's answers; a proposed card fills the form ({@code proposed}), where the participant edits and confirms
 * it. The transcript stays here until the card is saved with it. A model that fails leaves a plain message, and the
 * form stays open to write alone.
 */
class InterviewPanel extends Div {

    /** Sends a message with the transcript so far. */
    interface Sender {
        InterviewReply send(List<InterviewTurn> before, String message);
    }

    private final List<InterviewTurn> transcript = new ArrayList<>();
    private final Div log = new Div();
    private final TextArea message = new TextArea();
    private final Button send = new Button();
    private final Paragraph status = new Paragraph();

    InterviewPanel(Sender sender, Consumer<CardDraft> proposed) {
        H3 heading = new H3(getTranslation("vc.interview.heading"));
        Paragraph intro = new Paragraph(getTranslation("vc.interview.intro"));
        intro.addClassName("mb-vc-note");
        log.addClassName("mb-vc-log");
        log.setId("vc-interview-log");
        log.getElement().setAttribute("aria-live", "polite");
        say(InterviewTurn.INTERVIEWER, getTranslation("vc.interview.greeting"), "vc-interview-greeting");
        message.setLabel(getTranslation("vc.interview.message"));
        message.setMaxLength(CardInterview.MAX_MESSAGE_LENGTH);
        message.setId("vc-interview-message");
        send.setText(getTranslation("vc.interview.send"));
        send.setId("vc-interview-send");
        send.addClickListener(e -> send(sender, proposed));
        status.setId("vc-interview-status");
        status.addClassName("mb-vc-note");
        left();
        add(heading, intro, log, message, send, status);
        addClassName("mb-vc-interview");
        setId("vc-interview");
    }

    /** The turns so far, to store with the card. */
    List<InterviewTurn> transcript() {
        return List.copyOf(transcript);
    }

    private void send(Sender sender, Consumer<CardDraft> proposed) {
        String text = message.getValue() == null ? "" : message.getValue().strip();
        if (!send.isEnabled() || text.isEmpty()) {
            return;
        }
        send.setEnabled(false);
        message.setReadOnly(true);
        status.setText(getTranslation("vc.interview.thinking"));
        List<InterviewTurn> before = transcript();
        BackgroundSave.run(
                UI.getCurrent(),
                Duration.ofMillis(300),
                retrying -> sender.send(before, text),
                reply -> answered(reply, proposed),
                failed -> {
                    status.setText(getTranslation("vc.interview.failed"));
                    message.setReadOnly(false);
                    send.setEnabled(true);
                },
                () -> status.setText(getTranslation("vc.interview.thinking")));
    }

    private void answered(InterviewReply reply, Consumer<CardDraft> proposed) {
        transcript.addAll(reply.turns());
        say(InterviewTurn.PARTICIPANT, reply.turns().getFirst().text(), null);
        message.clear();
        message.setReadOnly(false);
        if (!reply.answered()) {
            status.setText(getTranslation("vc.interview.failed"));
        } else {
            String shown = reply.shown() == null || reply.shown().isBlank()
                    ? getTranslation("vc.interview.proposed")
                    : reply.shown();
            say(InterviewTurn.INTERVIEWER, shown, null);
            if (reply.proposal().isPresent()) {
                proposed.accept(reply.proposal().get());
                status.setText(getTranslation("vc.interview.filled"));
            } else if (reply.unreadable()) {
                status.setText(getTranslation("vc.interview.unreadable"));
            } else {
                status.setText("");
            }
        }
        left();
    }

    // the messages left, and the input closed when none are
    private void left() {
        int left = CardInterview.MAX_MESSAGES - CardInterview.sent(transcript);
        message.setHelperText(getTranslation("vc.interview.left", left, CardInterview.MAX_MESSAGE_LENGTH));
        boolean open = left > 0;
        message.setEnabled(open);
        send.setEnabled(open);
        if (!open) {
            message.setHelperText(getTranslation("vc.interview.done"));
        }
    }

    private void say(String role, String text, String id) {
        Div turn = new Div(text);
        turn.addClassNames("mb-vc-turn", "mb-vc-turn-" + role);
        turn.getElement().setAttribute("data-role", role);
        if (id != null) {
            turn.setId(id);
        }
        log.add(turn);
        log.getElement().executeJs("this.scrollTop = this.scrollHeight");
    }
}
