package org.moralbase.moralmachine.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.moralbase.base.ui.SvgChart;
import org.moralbase.condition.Consistency;
import org.moralbase.condition.ConsistencyChart;
import org.moralbase.moralmachine.LiveAmce;
import org.moralbase.moralmachine.comparison.PolicyConsistency;
import org.moralbase.moralmachine.comparison.PolicyConsistencyService;
import org.moralbase.stats.amce.AmceAttribute;
import org.moralbase.stats.amce.AmceResult;

/**
 * A Moral Machine study's conditions side by side, read on demand (one scan): the people's AMCEs per condition with
 * each one's shift from the first, the policy consistency of people and models where the researcher marked which level
 * of an attribute a policy spares, and each model's AMCEs per condition.
 */
class ConditionsPanel extends Div {

    /** What levels A and B of each attribute are, in the words a marks file is written in. */
    static final Map<AmceAttribute, String[]> LEVELS = new LinkedHashMap<>();

    static {
        LEVELS.put(AmceAttribute.INTERVENTION, new String[] {"swerving", "staying on course"});
        LEVELS.put(AmceAttribute.RELATION_TO_AV, new String[] {"passengers", "pedestrians"});
        LEVELS.put(AmceAttribute.LAW, new String[] {"those crossing on red", "those crossing on green"});
        LEVELS.put(AmceAttribute.GENDER, new String[] {"males", "females"});
        LEVELS.put(AmceAttribute.FITNESS, new String[] {"large people", "fit people"});
        LEVELS.put(AmceAttribute.SOCIAL_STATUS, new String[] {"low status", "high status"});
        LEVELS.put(AmceAttribute.AGE, new String[] {"the old", "the young"});
        LEVELS.put(AmceAttribute.NO_CHARACTERS, new String[] {"fewer characters", "more characters"});
        LEVELS.put(AmceAttribute.SPECIES, new String[] {"pets", "humans"});
    }

    ConditionsPanel(long studyId, LiveAmce live, PolicyConsistencyService consistency) {
        Div shown = new Div();
        shown.setId("mm-amce-conditions");
        Button compare = new Button("Compare conditions", e -> {
            shown.removeAll();
            Map<String, AmceResult> people = new LinkedHashMap<>();
            live.snapshotsByCondition(studyId).forEach((code, snapshot) -> people.put(code, snapshot.amces()));
            PolicyConsistency read = consistency.read(studyId);
            shown.add(html(
                    people.isEmpty()
                            ? "<p>No answers in any condition yet.</p>"
                            : StudyAmceTable.byCondition(people, "mm-amce-by-condition")
                                    + "<p class=\"mb-muted\">AMCE [95% CI] (participants) per condition; the last"
                                    + " columns: each condition's AMCE minus the first's.</p>"));
            shown.add(consistency(read));
            read.modelAmces().forEach((model, amces) -> {
                shown.add(new H4("AMCEs of " + model + " per condition"));
                shown.add(html(StudyAmceTable.byCondition(amces, "mm-amce-by-condition-" + (shown.getComponentCount()))
                        + "<p class=\"mb-muted\">AMCE [95% CI] (scenarios) over the model's runs that asked each"
                        + " condition; the last columns: each condition's minus the first's.</p>"));
            });
        });
        compare.setId("mm-compare-conditions");
        add(compare, shown);
    }

    private static Div consistency(PolicyConsistency read) {
        Div out = new Div();
        out.setId("mm-policy-consistency");
        out.add(new H4("Policy consistency"));
        if (read.marked().isEmpty()) {
            out.add(new Paragraph("No policy marks yet. On the study's Conditions page, import a marks file with one"
                    + " line per condition and attribute the policy speaks to: item = the attribute's name as in the"
                    + " AMCE table, implied = A or B, the level the policy spares — " + legend() + "."));
            return out;
        }
        List<Consistency> rows = new ArrayList<>();
        TreeSet<String> models = new TreeSet<>();
        for (PolicyConsistency.Marked m : read.marked()) {
            String spares = LEVELS.get(m.attribute())[m.impliedLevel()];
            rows.add(new Consistency(
                    m.condition(),
                    m.label() + " · " + m.attribute().displayName() + ": " + spares,
                    1,
                    m.people(),
                    m.models()));
            models.addAll(m.models().keySet());
        }
        SvgChart chart = new SvgChart("mm-consistency-chart", "policy-consistency");
        chart.setWidth("100%");
        chart.getStyle().set("max-width", "700px");
        chart.setSvg(ConsistencyChart.svg(rows, List.copyOf(models)));
        out.add(
                new Paragraph("Each row: a condition and an attribute its policy speaks to, with the share of that"
                        + " attribute's scenarios (its AMCE subset) in which the level the policy spares was spared;"
                        + " people with the Wilson 95% interval, models as dots. 50% is indifference."),
                chart);
        if (!read.ignoredMarks().isEmpty()) {
            Paragraph ignored = new Paragraph("Marks that name no attribute, left out: "
                    + String.join(", ", new TreeSet<>(read.ignoredMarks())) + ". Attributes: " + legend() + ".");
            ignored.setId("mm-ignored-marks");
            ignored.addClassName("mb-muted");
            out.add(ignored);
        }
        return out;
    }

    private static String legend() {
        List<String> parts = new ArrayList<>();
        LEVELS.forEach((a, words) -> parts.add(a.displayName() + " (A " + words[0] + ", B " + words[1] + ")"));
        return String.join("; ", parts);
    }

    private static Div html(String markup) {
        Div d = new Div();
        d.getElement().setProperty("innerHTML", markup);
        return d;
    }
}
