package org.moralbase.moralmachine.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.dom.Element;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.moralbase.base.ui.Form;

/**
 * Awad's optional demographic survey: age, gender, education, income, and political and religious views on
 * 0–1 sliders. Answers are stored under the survey columns' names ({@code Review_age}, …); skipped ones are absent.
 */
class SurveyStep extends Div {

    private static final List<String> GENDERS = List.of("male", "female", "other", "none");
    private static final List<String> EDUCATION = List.of("none", "high", "college", "bachelor", "graduate");
    private static final List<String> INCOME =
            List.of("under5000", "5000", "10000", "15000", "25000", "35000", "50000", "80000", "above100000");

    private final Map<String, Object> answers = new LinkedHashMap<>();

    SurveyStep(Consumer<Map<String, Object>> onSubmit) {
        setId("survey-step");
        IntegerField age = new IntegerField(getTranslation("survey.age"));
        age.setId("survey-age");
        age.setMin(18);
        age.setMax(110);
        String range = getTranslation("survey.age.range");
        age.setI18n(new IntegerField.IntegerFieldI18n()
                .setMinErrorMessage(range)
                .setMaxErrorMessage(range)
                .setBadInputErrorMessage(range));
        Select<String> gender = choice("survey-gender", "survey.gender", GENDERS);
        Select<String> education = choice("survey-education", "survey.education", EDUCATION);
        Select<String> income = choice("survey-income", "survey.income", INCOME);
        Div political = slider("survey-political", "survey.political", "Review_political");
        Div religious = slider("survey-religious", "survey.religious", "Review_religious");

        Form<SurveyAnswers> form = new Form<>(SurveyAnswers.class)
                .bind(age, "age")
                .bind(gender, "gender")
                .bind(education, "education")
                .bind(income, "income");
        Button submit = new Button(getTranslation("survey.submit"));
        form.submitOn(submit, a -> a, a -> {
            put("Review_age", a.age());
            put("Review_gender", a.gender());
            put("Review_education", a.education());
            put("Review_income", a.income());
            onSubmit.accept(answers);
        });
        submit.setId("survey-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button skip = new Button(getTranslation("survey.skip"), e -> onSubmit.accept(Map.of()));
        skip.setId("survey-skip");
        skip.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        skip.setDisableOnClick(true);

        Div fields = new Div(age, gender, education, income, political, religious);
        fields.addClassName("mb-survey-fields");
        add(
                new H2(getTranslation("survey.title")),
                new Paragraph(getTranslation("survey.text")),
                fields,
                new Div(submit, skip));
    }

    private void put(String key, Object value) {
        if (value != null) {
            answers.put(key, value);
        }
    }

    private Select<String> choice(String id, String key, List<String> values) {
        Select<String> select = new Select<>();
        select.setId(id);
        select.setLabel(getTranslation(key));
        select.setItems(values);
        select.setItemLabelGenerator(v -> getTranslation(key + "." + v));
        return select;
    }

    // Vaadin has no slider component: a native range input, read on change
    private Div slider(String id, String key, String column) {
        Element range = new Element("input");
        range.setAttribute("type", "range");
        range.setAttribute("min", "0");
        range.setAttribute("max", "1");
        range.setAttribute("step", "0.01");
        range.setAttribute("id", id);
        range.setProperty("value", "0.5");
        range.getStyle().set("width", "100%");
        range.addPropertyChangeListener(
                "value", "change", e -> answers.put(column, Double.parseDouble(range.getProperty("value"))));
        Div ends = new Div(new Span(getTranslation(key + ".low")), new Span(getTranslation(key + ".high")));
        ends.addClassName("mb-slider-ends");
        Div wrapper = new Div(new NativeLabel(getTranslation(key)));
        wrapper.getElement().appendChild(range);
        wrapper.add(ends);
        wrapper.addClassName("mb-slider");
        return wrapper;
    }
}
