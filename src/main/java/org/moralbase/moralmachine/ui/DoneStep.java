package org.moralbase.moralmachine.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.moralbase.base.ui.SvgChart;
import org.moralbase.moralmachine.MoralMachineSession;
import org.moralbase.moralmachine.comparison.ModelProfiles;
import org.moralbase.participation.SessionState;
import org.moralbase.participation.ui.PlatformReturn;
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
        PlatformReturn back = new PlatformReturn(
                session.source(),
                PlatformReturn.Ending.COMPLETED,
                mm.study().recruitment().completionCode(),
                session.returnTo(),
                session.externalSessionId());
        add(back.offered() ? back : new Paragraph(getTranslation("common.thanks")));
    }
}
