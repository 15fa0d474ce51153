package org.moralbase.annotation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.moralbase.annotation.QuestionKind;
import org.moralbase.annotation.QuestionSpec;

/**
 * The questions about one item, answerable by mouse or keyboard: digits 1..9 pick (or toggle) an answer of the
 * current question, ←/→ move within it, ↑/↓ move between questions. The current question is outlined.
 */
class AnswerSheet extends VerticalLayout {

    private final List<QuestionSpec> questions;
    private final List<Div> blocks = new ArrayList<>();
    private final Map<String, List<Button>> buttons = new LinkedHashMap<>();
    private final Map<String, String> single = new LinkedHashMap<>();
    private final Map<String, Set<String>> multi = new LinkedHashMap<>();
    private final Map<String, TextField> numbers = new LinkedHashMap<>();
    private final Map<String, TextArea> texts = new LinkedHashMap<>();
    private int current;

    AnswerSheet(List<QuestionSpec> questions) {
        this.questions = questions;
        setPadding(false);
        setId("answer-sheet");
        for (QuestionSpec q : questions) {
            Div block = new Div();
            block.setId("question-" + q.code());
            block.getStyle().set("padding", "var(--lumo-space-s)").set("border-radius", "var(--lumo-border-radius-m)");
            block.add(new Div(new Span(q.prompt())));
            block.add(input(q));
            blocks.add(block);
            add(block);
        }
        focus(0);
    }

    private Component input(QuestionSpec q) {
        return switch (q.kind()) {
            case NUMBER -> {
                TextField field = new TextField();
                field.setId("answer-" + q.code());
                numbers.put(q.code(), field);
                yield field;
            }
            case TEXT -> {
                TextArea area = new TextArea();
                area.setId("answer-" + q.code());
                area.setMaxLength(QuestionSpec.MAX_TEXT);
                area.setWidthFull();
                texts.put(q.code(), area);
                yield area;
            }
            default -> {
                FlexLayout row = new FlexLayout();
                row.getStyle()
                        .set("gap", "var(--lumo-space-s)")
                        .set("align-items", "center")
                        .set("flex-wrap", "wrap");
                if (q.kind() == QuestionKind.SCALE && !q.minLabel().isEmpty()) {
                    row.add(new Span(q.minLabel()));
                }
                List<Button> list = new ArrayList<>();
                List<String> answers = q.keyedAnswers();
                for (int i = 0; i < answers.size(); i++) {
                    String answer = answers.get(i);
                    int index = i;
                    Button b = new Button((i + 1) + " · " + answer, e -> {
                        focus(questions.indexOf(q));
                        choose(q, index);
                    });
                    b.setId("answer-" + q.code() + "-" + (i + 1));
                    list.add(b);
                    row.add(b);
                }
                if (q.kind() == QuestionKind.SCALE && !q.maxLabel().isEmpty()) {
                    row.add(new Span(q.maxLabel()));
                }
                buttons.put(q.code(), list);
                yield row;
            }
        };
    }

    /** Digit key n (1-based) on the current question. */
    void digit(int n) {
        QuestionSpec q = questions.get(current);
        if (buttons.containsKey(q.code()) && n >= 1 && n <= q.keyedAnswers().size()) {
            choose(q, n - 1);
        }
    }

    /** ←/→: the previous or next answer of the current choice or scale question. */
    void step(int delta) {
        QuestionSpec q = questions.get(current);
        if (!buttons.containsKey(q.code()) || q.kind() == QuestionKind.MULTIPLE_CHOICE) {
            return;
        }
        int at = q.keyedAnswers().indexOf(single.get(q.code()));
        int next = at < 0 ? (delta > 0 ? 0 : q.keyedAnswers().size() - 1) : at + delta;
        if (next >= 0 && next < q.keyedAnswers().size()) {
            choose(q, next);
        }
    }

    /** ↑/↓: the previous or next question. */
    void move(int delta) {
        focus(Math.max(0, Math.min(questions.size() - 1, current + delta)));
    }

    /** True if the current question takes typed input, so digit keys belong to the field. */
    boolean typing() {
        QuestionKind kind = questions.get(current).kind();
        return kind == QuestionKind.NUMBER || kind == QuestionKind.TEXT;
    }

    private void choose(QuestionSpec q, int index) {
        String answer = q.keyedAnswers().get(index);
        if (q.kind() == QuestionKind.MULTIPLE_CHOICE) {
            Set<String> set = multi.computeIfAbsent(q.code(), k -> new LinkedHashSet<>());
            if (!set.remove(answer)) {
                set.add(answer);
            }
        } else {
            single.put(q.code(), answer);
            // one answered choice moves on to the next question, so a single key per question suffices
            if (current == questions.indexOf(q) && current < questions.size() - 1) {
                focus(current + 1);
            }
        }
        List<Button> list = buttons.get(q.code());
        for (int i = 0; i < list.size(); i++) {
            String a = q.keyedAnswers().get(i);
            boolean on = q.kind() == QuestionKind.MULTIPLE_CHOICE
                    ? multi.getOrDefault(q.code(), Set.of()).contains(a)
                    : a.equals(single.get(q.code()));
            if (on) {
                list.get(i).addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            } else {
                list.get(i).removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            list.get(i).getElement().setAttribute("aria-pressed", Boolean.toString(on));
        }
    }

    private void focus(int index) {
        current = index;
        for (int i = 0; i < blocks.size(); i++) {
            blocks.get(i).getStyle().set("outline", i == index ? "2px solid var(--lumo-primary-color)" : "none");
        }
        QuestionSpec q = questions.isEmpty() ? null : questions.get(index);
        if (q != null && numbers.containsKey(q.code())) {
            numbers.get(q.code()).focus();
        } else if (q != null && texts.containsKey(q.code())) {
            texts.get(q.code()).focus();
        }
    }

    /** The answers given, by question code (unanswered questions absent). */
    Map<String, String> answers() {
        Map<String, String> out = new LinkedHashMap<>(single);
        multi.forEach((code, set) -> out.put(code, String.join("|", set)));
        numbers.forEach((code, f) -> {
            if (!f.getValue().isBlank()) {
                out.put(code, f.getValue());
            }
        });
        texts.forEach((code, f) -> {
            if (!f.getValue().isBlank()) {
                out.put(code, f.getValue());
            }
        });
        return out;
    }
}
