package org.moralbase.moralmachine.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.moralbase.base.ui.SvgChart;
import org.moralbase.base.ui.SvgView;
import org.moralbase.moralmachine.CharacterTally;
import org.moralbase.moralmachine.MoralMachineSession;
import org.moralbase.moralmachine.comparison.ClosingResults;
import org.moralbase.moralmachine.comparison.ModelProfiles;
import org.moralbase.moralmachine.picture.CharacterPicture;
import org.moralbase.participation.SessionState;
import org.moralbase.participation.ui.PlatformReturn;
import org.moralbase.stats.amce.AmceAttribute;

/**
 * The closing page: thanks, the way back to Prolific or MTurk, and this participant's choices on the nine attributes
 * beside everyone's so far, Awad 2018's people and the study's models (each attribute a line between its two named
 * ends, decision 0016), then the characters they saved and sacrificed most. No other participant's own data is
 * shown; the numbers come from {@link ClosingResults}.
 */
class DoneStep extends Div {

    /** Okabe–Ito colours (safe for colour-blind readers), each with its own shape. */
    private static final String YOU = "#D55E00";

    private static final String EVERYONE = "#0072B2";
    private static final String AWAD = "#7a7a7a";
    private static final List<String> MODEL_COLOURS = List.of("#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#F0E442");
    private static final List<PreferenceLines.Shape> MODEL_SHAPES = List.of(
            PreferenceLines.Shape.TRIANGLE_UP,
            PreferenceLines.Shape.TRIANGLE_DOWN,
            PreferenceLines.Shape.STAR,
            PreferenceLines.Shape.PENTAGON,
            PreferenceLines.Shape.HEXAGON);

    DoneStep(MoralMachineSession mm, ClosingResults.Results results) {
        setId("done-step");
        H1 title = new H1(getTranslation("done.title"));
        title.addClassName("mb-page-title");
        add(title);
        addReturn(mm);

        PreferenceLines.Content content = content(results);
        // drawn once: sent to the browser, not kept in the session the participant leaves behind
        SvgChart chart = SvgChart.shownOnce(
                "results-chart",
                "moral-machine-results",
                getTranslation("done.saveSvg"),
                getTranslation("done.savePng"),
                PreferenceLines.wide(content),
                PreferenceLines.narrow(content));
        chart.addClassName("mb-results-chart");
        add(
                new H2(getTranslation("done.results")),
                new Paragraph(getTranslation("done.resultsText", results.answered())),
                chart);
        addCharacters(results.mostSaved(), results.mostSacrificed());
    }

    private PreferenceLines.Content content(ClosingResults.Results results) {
        List<PreferenceLines.Line> lines = Arrays.stream(AmceAttribute.values())
                .map(a -> new PreferenceLines.Line(
                        getTranslation("done.line." + a.name()),
                        getTranslation("done.line." + a.name() + ".low"),
                        getTranslation("done.line." + a.name() + ".high")))
                .toList();
        List<PreferenceLines.Series> people = new ArrayList<>();
        people.add(new PreferenceLines.Series(
                getTranslation("done.you"), YOU, PreferenceLines.Shape.CIRCLE, results.you()));
        if (results.everyone() != null) {
            people.add(new PreferenceLines.Series(
                    getTranslation("done.others"), EVERYONE, PreferenceLines.Shape.DIAMOND, results.everyone()));
        }
        people.add(new PreferenceLines.Series(
                getTranslation("done.humans"), AWAD, PreferenceLines.Shape.SQUARE, results.awad2018()));
        List<PreferenceLines.Series> models = new ArrayList<>();
        List<ModelProfiles.ModelProfile> profiles = results.models();
        for (int i = 0; i < profiles.size() && i < MODEL_COLOURS.size(); i++) {
            models.add(new PreferenceLines.Series(
                    profiles.get(i).name(),
                    MODEL_COLOURS.get(i),
                    MODEL_SHAPES.get(i),
                    profiles.get(i).amces()));
        }
        return new PreferenceLines.Content(
                getTranslation("done.results"), lines, people, getTranslation("done.models"), models);
    }

    private void addCharacters(Optional<CharacterTally> saved, Optional<CharacterTally> sacrificed) {
        if (saved.isEmpty() && sacrificed.isEmpty()) {
            return;
        }
        Div row = new Div();
        row.setId("done-characters");
        row.addClassName("mb-characters");
        saved.ifPresent(t -> row.add(character("done-most-saved", getTranslation("done.mostSaved"), t)));
        sacrificed.ifPresent(t -> row.add(character("done-most-sacrificed", getTranslation("done.mostSacrificed"), t)));
        add(row);
    }

    private Div character(String id, String label, CharacterTally tally) {
        String name = getTranslation("char." + tally.type().name() + ".one");
        name = name.isEmpty() ? name : name.substring(0, 1).toUpperCase(getLocale()) + name.substring(1);
        SvgView picture = new SvgView("");
        picture.showOnce(CharacterPicture.render(tally.type(), name));
        picture.addClassName("mb-character-picture");
        Span what = new Span(label);
        what.addClassName("mb-character-label");
        Span who = new Span(name);
        who.addClassName("mb-character-name");
        Span counts = new Span(getTranslation("done.characterCounts", tally.saved(), tally.sacrificed()));
        counts.addClassName("mb-character-label");
        Div text = new Div(what, new Div(who), new Div(counts));
        Div box = new Div(picture, text);
        box.setId(id);
        box.addClassName("mb-character");
        return box;
    }

    private void addReturn(MoralMachineSession mm) {
        SessionState session = mm.session();
        PlatformReturn back =
                PlatformReturn.forSession(session, mm.study().recruitment(), PlatformReturn.Ending.COMPLETED);
        add(back.offered() ? back : new Paragraph(getTranslation("common.thanks")));
    }
}
