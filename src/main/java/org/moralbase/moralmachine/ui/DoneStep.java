package org.moralbase.moralmachine.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.moralbase.base.ui.SvgChart;
import org.moralbase.moralmachine.MoralMachineSession;
import org.moralbase.moralmachine.comparison.ModelProfiles;
import org.moralbase.participation.SessionState;
import org.moralbase.participation.Source;
import org.moralbase.stats.amce.AmceAttribute;
import org.moralbase.stats.amce.AmceDistance;

/**
 * The closing page: thanks, the way back to Prolific or MTurk, and this participant's choices on the nine
 * attributes beside everyone's so far and Awad 2018's people. No other participant's own data is shown.
 */
class DoneStep extends Div {

    private static final List<String> MODEL_COLOURS = List.of("#2a9d8f", "#8e44ad", "#c0392b");

    DoneStep(MoralMachineSession mm, double[] mine, double[] everyone, List<ModelProfiles.ModelProfile> models) {
        setId("done-step");
        H1 title = new H1(getTranslation("done.title"));
        title.addClassName("mb-page-title");
        add(title);
        addReturn(mm);

        List<String> labels = Arrays.stream(AmceAttribute.values())
                .map(a -> getTranslation("attribute." + a.displayName()))
                .toList();
        List<PreferenceBars.Series> series = new ArrayList<>();
        series.add(new PreferenceBars.Series(getTranslation("done.you"), "#1f5fbf", mine));
        if (everyone != null && Arrays.stream(everyone).anyMatch(v -> !Double.isNaN(v))) {
            series.add(new PreferenceBars.Series(getTranslation("done.others"), "#e08a00", everyone));
        }
        series.add(new PreferenceBars.Series(getTranslation("done.humans"), "#8a8f98", AmceDistance.awad2018()));
        for (int i = 0; i < models.size() && i < MODEL_COLOURS.size(); i++) {
            series.add(new PreferenceBars.Series(
                    models.get(i).name(), MODEL_COLOURS.get(i), models.get(i).amces()));
        }
        SvgChart chart = new SvgChart(
                "results-chart",
                "moral-machine-results",
                getTranslation("done.saveSvg"),
                getTranslation("done.savePng"));
        chart.setSvg(PreferenceBars.render(labels, series, getTranslation("done.results")));
        chart.addClassName("mb-results-chart");
        add(
                new H2(getTranslation("done.results")),
                new Paragraph(getTranslation("done.resultsText", mm.scenarios().size())),
                chart);
    }

    private void addReturn(MoralMachineSession mm) {
        SessionState session = mm.session();
        String code = mm.study().recruitment().completionCode();
        if (session.source() == Source.PROLIFIC && code != null) {
            Span shown = new Span(code);
            shown.setId("completion-code");
            shown.addClassName("mb-code");
            Anchor back = new Anchor(
                    "https://app.prolific.com/submissions/complete?cc="
                            + URLEncoder.encode(code, StandardCharsets.UTF_8),
                    getTranslation("done.prolific"));
            back.setId("prolific-complete");
            back.addClassName("mb-return");
            add(new Paragraph(getTranslation("done.code") + " "), shown, new Div(back));
        } else if (session.source() == Source.MTURK && session.returnTo() != null) {
            // MTurk expects a form post with the assignment id to its externalSubmit endpoint
            Element form = new Element("form");
            form.setAttribute("method", "post");
            form.setAttribute("action", session.returnTo() + "/mturk/externalSubmit");
            form.appendChild(hidden("assignmentId", session.externalSessionId()), hidden("completed", "1"));
            Element submit = new Element("button");
            submit.setAttribute("type", "submit");
            submit.setAttribute("id", "mturk-submit");
            submit.setText(getTranslation("done.mturk"));
            form.appendChild(submit);
            getElement().appendChild(form);
        } else {
            add(new Paragraph(getTranslation("common.thanks")));
        }
    }

    private static Element hidden(String name, String value) {
        Element input = new Element("input");
        input.setAttribute("type", "hidden");
        input.setAttribute("name", name);
        input.setAttribute("value", value == null ? "" : value);
        return input;
    }
}
