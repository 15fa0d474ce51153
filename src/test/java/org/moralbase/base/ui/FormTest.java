package org.moralbase.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FormTest {

    /** A record as forms bind them: rules on the components, a check across components in the constructor. */
    public record Draft(
            @NotBlank(message = "Title: 1–20 characters") @Size(max = 20, message = "Title: 1–20 characters")
            String title,

            @Min(value = 1, message = "Copies: 1 to 9") @Max(value = 9, message = "Copies: 1 to 9")
            int copies,

            String note,
            boolean urgent) {

        public Draft {
            if (urgent && note == null) {
                throw new IllegalArgumentException("Note: say why it is urgent");
            }
        }
    }

    private final TextField title = new TextField("Title");
    private final IntegerField copies = new IntegerField("Copies (1–9)");
    private final TextField note = new TextField("Note");
    private final Checkbox urgent = new Checkbox("Urgent");
    private final List<String> elsewhere = new ArrayList<>();
    private final Form<Draft> form = new Form<>(Draft.class)
            .text(title, "title")
            .bind(copies, "copies", "Copies")
            .text(note, "note")
            .bind(urgent, "urgent")
            .otherwise(elsewhere::add);

    @Test
    void aValidFormGivesTheRecordWithBlanksAsNull() {
        title.setValue("  Pilot ");
        copies.setValue(2);
        assertThat(form.write()).contains(new Draft("Pilot", 2, null, false));
        assertThat(title.isInvalid()).isFalse();
    }

    @Test
    void onlyTheFieldInErrorIsMarkedWithItsOwnMessage() {
        title.setValue("Pilot");
        copies.setValue(12);
        assertThat(form.write()).isEmpty();
        assertThat(copies.isInvalid()).isTrue();
        assertThat(copies.getErrorMessage()).isEqualTo("Copies: 1 to 9");
        assertThat(title.isInvalid()).isFalse();
        assertThat(note.isInvalid()).isFalse();
    }

    @Test
    void anEmptyNumberForAnIntSaysTheComponentsRule() {
        title.setValue("Pilot");
        copies.clear();
        assertThat(form.write()).isEmpty();
        assertThat(copies.getErrorMessage()).isEqualTo("Copies: 1 to 9");
    }

    @Test
    void aConstructorsRefusalLandsOnTheFieldItNames() {
        title.setValue("Pilot");
        copies.setValue(1);
        urgent.setValue(true);
        assertThat(form.write()).isEmpty();
        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).isEqualTo("Note: say why it is urgent");
        assertThat(title.isInvalid()).isFalse();
    }

    @Test
    void aServicesRefusalLandsOnTheFieldItNamesAndOtherRefusalsElsewhere() {
        title.setValue("Pilot");
        copies.setValue(3);
        boolean done = form.submit(
                d -> {
                    throw new IllegalArgumentException("Title: another draft is called Pilot");
                },
                d -> {});
        assertThat(done).isFalse();
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Title: another draft is called Pilot");

        form.refuse("The study is closed");
        assertThat(elsewhere).containsExactly("The study is closed");
    }

    @Test
    void aNewValueClearsTheMark() {
        title.setValue("");
        copies.setValue(3);
        form.write();
        assertThat(title.isInvalid()).isTrue();
        title.setValue("Pilot");
        assertThat(title.isInvalid()).isFalse();
    }

    @Test
    void readingARecordClearsTheMarks() {
        title.setValue("");
        form.write();
        assertThat(title.isInvalid()).isTrue();
        form.read(new Draft(null, 1, null, false));
        assertThat(title.isInvalid()).isFalse();
        assertThat(title.getValue()).isEmpty();
    }

    @Test
    void extraFieldsAreCheckedAndMarkedToo() {
        IntegerField scenarios = new IntegerField("Scenarios");
        form.extra(scenarios, "Scenarios", v -> v != null && v > 0 ? null : "Scenarios: at least 1");
        title.setValue("Pilot");
        copies.setValue(3);
        scenarios.setValue(0);
        assertThat(form.write()).isEmpty();
        assertThat(scenarios.getErrorMessage()).isEqualTo("Scenarios: at least 1");
        form.forget(scenarios);
        assertThat(form.write()).isPresent();
    }

    @Test
    void aRecordIsShownInTheFields() {
        form.read(new Draft("Pilot", 4, null, false));
        assertThat(title.getValue()).isEqualTo("Pilot");
        assertThat(copies.getValue()).isEqualTo(4);
        assertThat(note.getValue()).isEmpty();
        assertThat(Optional.of(urgent.getValue())).contains(false);
    }
}
