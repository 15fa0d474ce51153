package org.moralbase.utility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.moralbase.IntegrationTest;
import org.moralbase.base.Roles;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.ImportException;
import org.moralbase.participation.Arrival;
import org.moralbase.participation.ParticipationService;
import org.moralbase.participation.StartOutcome;
import org.moralbase.security.TestLogins;
import org.moralbase.stats.utility.PairVotes;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudyStatus;
import org.moralbase.study.StudySummary;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Published model utilities (an emergent-values results file) beside a study's people on MariaDB: matched by text,
 * renormalised over the study's outcomes, compared with the people by a direct computation in this test; our own
 * export read back gives the people's utilities again; a file that misses an outcome, or is not one, stores nothing.
 */
class PublishedUtilitiesIT extends IntegrationTest {

    private static final String OUTCOMES = "id,description\n"
            + "a,You receive $10.\n"
            + "b,You receive $1000.\n"
            + "c,A park opens near you.\n"
            + "d,A library closes.\n";

    /** The study's four outcomes (one with its spaces changed) among six, in another order, numeric ids. */
    private static final String PUBLISHED = """
            {"options": [
               {"id": 0, "description": "A library closes."},
               {"id": 1, "description": "Not in the study."},
               {"id": 2, "description": "You receive   $10."},
               {"id": 3, "description": "You receive $1000."},
               {"id": 4, "description": "A park opens near you."},
               {"id": 5, "description": "Also not in the study."}],
             "utilities": {"0": {"mean": 4.0, "variance": 0.5}, "1": {"mean": 9.0, "variance": 1.0},
                           "2": {"mean": 1.0, "variance": 1.0}, "3": {"mean": 2.0, "variance": 2.0},
                           "4": {"mean": 3.0, "variance": 0.25}, "5": {"mean": -9.0, "variance": 1.0}},
             "metrics": {"accuracy": NaN},
             "graph_data": {"edges": {
               "(2, 3)": {"option_A": {"id": 2}, "option_B": {"id": 3}, "probability_A": 0.2, "aux_data": {}},
               "(0, 4)": {"option_A": {"id": 0}, "option_B": {"id": 4}, "probability_A": 0.7, "aux_data": {}},
               "(2, 0)": {"option_A": {"id": 2}, "option_B": {"id": 0}, "probability_A": 0.5, "aux_data": {}},
               "(1, 5)": {"option_A": {"id": 1}, "option_B": {"id": 5}, "probability_A": 0.9, "aux_data": {}}}}}
            """;

    @Autowired
    TestLogins logins;

    @Autowired
    StudyService studies;

    @Autowired
    UtilityOutcomes outcomes;

    @Autowired
    UtilityParticipation participation;

    @Autowired
    ParticipationService sessions;

    @Autowired
    org.moralbase.study.PublicStudies publicStudies;

    @Autowired
    PublishedUtilities published;

    @Autowired
    UtilityResults results;

    @Autowired
    UtilityResultFiles files;

    @Autowired
    UtilityIntervals intervals;

    @AfterEach
    void signOut() {
        logins.signOut();
    }

    private String researcher;

    /** A study whose 8 participants mostly prefer the later letter (d over c over b over a), each erring once. */
    private StudySummary studyWithVotes() {
        researcher = logins.createUser("pub", Roles.RESEARCHER);
        logins.signIn(researcher);
        StudySummary study = studies.create("Published beside people", UtilityKind.ID);
        outcomes.importOutcomes(study.id(), DatasetSource.ofText("o.csv", OUTCOMES));
        studies.updateSettings(study.id(), new UtilitySettings(4, 1, false, null).toJson());
        studies.setStatus(study.id(), StudyStatus.OPEN);
        logins.signOut();
        Map<String, Integer> rank = Map.of(
                "You receive $10.", 0, "You receive $1000.", 1, "A park opens near you.", 2, "A library closes.", 3);
        for (int person = 0; person < 8; person++) {
            String session = ((StartOutcome.Ready) sessions.start(
                            publicStudies.byId(study.id()).orElseThrow(), Arrival.publicLink(), null, "en", "desktop"))
                    .session()
                    .token();
            UtilitySession s = participation.load(session).orElseThrow();
            participation.consent(session);
            for (UtilityPage page : s.pages()) {
                boolean later = rank.get(page.optionA()) > rank.get(page.optionB());
                boolean err = page.position() == 1 + person % 4;
                participation.answer(session, page.position(), later != err ? "A" : "B", null, () -> {});
            }
        }
        logins.signIn(researcher);
        return study;
    }

    @Test
    void publishedUtilitiesStandBesideThePeopleAsComputedByHand() {
        StudySummary study = studyWithVotes();
        long before = results.version(study.id());
        PublishedSummary s = published.importFile(study.id(), "", DatasetSource.ofText("results_m.json", PUBLISHED));
        assertThat(s.outcomes()).isEqualTo(4);
        assertThat(s.fileOptions()).isEqualTo(6);
        assertThat(s.edges()).isEqualTo(3); // (1, 5) is between options the study does not have
        assertThat(results.version(study.id())).isNotEqualTo(before);

        UtilityReport report = results.report(study.id());
        UtilityFit fit = report.models().stream()
                .filter(UtilityFit::published)
                .findFirst()
                .orElseThrow();
        assertThat(fit.label()).isEqualTo(s.label() + " (published)");
        // a..d have the published means 1, 2, 3, 4: mean 2.5, sample SD √(5/3)
        double sd = Math.sqrt(5.0 / 3.0);
        double[] mu = new double[4];
        double[] expectedVariance = {1.0, 2.0, 0.25, 0.5};
        for (int i = 0; i < 4; i++) {
            mu[i] = (i + 1 - 2.5) / sd;
            assertThat(fit.utilities().get(i).mean()).isCloseTo(mu[i], within(1e-12));
            assertThat(fit.utilities().get(i).variance()).isCloseTo(expectedVariance[i] / (5.0 / 3.0), within(1e-12));
        }
        double[] people = report.people().utilities().stream()
                .mapToDouble(OutcomeUtility::mean)
                .toArray();
        HumanModelAgreement agreement = report.agreement().stream()
                .filter(a -> a.model().equals(fit.label()))
                .findFirst()
                .orElseThrow();
        assertThat(agreement.pearson()).isCloseTo(pearson(people, mu), within(1e-12));

        // the people's majority on the file's pairs: (a, b) P(a) 0.2 → b; (d, c) P(d) 0.7 → d; (a, d) 0.5 tied
        Map<String, Double> peopleP = new HashMap<>();
        for (PairVotes p : results.pairs(study.id(), null)) {
            peopleP.put(p.a() + "-" + p.b(), p.probabilityA());
        }
        int agree = 0;
        int compared = 0;
        int tied = 0;
        double[][] fileEdges = {{0, 1, 0.2}, {2, 3, 0.3}, {0, 3, 0.5}}; // (first, second, P(first)), the study's order
        for (double[] e : fileEdges) {
            Double ph = peopleP.get((int) e[0] + "-" + (int) e[1]);
            if (ph == null) {
                continue;
            }
            if (ph == 0.5 || e[2] == 0.5) {
                tied++;
                continue;
            }
            compared++;
            agree += (ph > 0.5) == (e[2] > 0.5) ? 1 : 0;
        }
        assertThat(agreement.pairs()).isEqualTo(compared);
        assertThat(agreement.tied()).isEqualTo(tied);
        assertThat(compared + tied)
                .as("people answered some of the file's pairs")
                .isPositive();
        if (compared > 0) {
            assertThat(agreement.majorityAccuracy()).isEqualTo((double) agree / compared);
        }
        assertThat(published.list(study.id()))
                .extracting(PublishedSummary::label)
                .containsExactly("m");
        assertThatThrownBy(() -> published.importFile(study.id(), "m", DatasetSource.ofText("again.json", PUBLISHED)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("already used");
        assertThat(published.remove(study.id(), "m")).isTrue();
        assertThat(results.report(study.id()).models()).noneMatch(UtilityFit::published);
    }

    @Test
    void ourOwnExportReadBackGivesThePeoplesUtilitiesAgain() {
        StudySummary study = studyWithVotes();
        String json = files.peopleJson(study.id());
        assertThat(json).contains("\"graph_data\"").contains("\"training_edges\"");
        published.importFile(study.id(), "people again", DatasetSource.ofText("results_people.json", json));
        UtilityReport report = results.report(study.id());
        UtilityFit again = report.models().stream()
                .filter(f -> f.label().equals("people again (published)"))
                .findFirst()
                .orElseThrow();
        for (int i = 0; i < 4; i++) {
            assertThat(again.utilities().get(i).mean())
                    .isCloseTo(report.people().utilities().get(i).mean(), within(1e-9));
            assertThat(again.utilities().get(i).variance())
                    .isCloseTo(report.people().utilities().get(i).variance(), within(1e-9));
        }
        assertThat(again.pairs()).isEqualTo(report.people().pairs());
        HumanModelAgreement self = report.agreement().stream()
                .filter(a -> a.model().equals(again.label()))
                .findFirst()
                .orElseThrow();
        assertThat(self.pearson()).isCloseTo(1.0, within(1e-12));
        assertThat(self.tied() + self.pairs()).isEqualTo(report.people().pairs());
        if (self.pairs() > 0) {
            assertThat(self.majorityAccuracy()).isEqualTo(1.0);
        }
    }

    @Test
    void aFileMissingAnOutcomeOrNotOneStoresNothing() {
        StudySummary study = studyWithVotes();
        String missing = PUBLISHED.replace("A park opens near you.", "A park closes.");
        assertThatThrownBy(() -> published.importFile(study.id(), "x", DatasetSource.ofText("r.json", missing)))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("r.json, field options: no option reads as the study's outcome 'c'");
        assertThatThrownBy(() -> published.importFile(study.id(), "x", DatasetSource.ofText("r.csv", OUTCOMES)))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("does not start with '{'");
        assertThatThrownBy(() ->
                        published.importFile(study.id(), "x".repeat(121), DatasetSource.ofText("r.json", PUBLISHED)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Label");
        assertThat(published.list(study.id())).isEmpty();
        assertThat(results.report(study.id()).models()).isEmpty();
    }

    @Test
    void aLargeStudysIntervalArrivesFromTheBackgroundAsTheInlineOneWould() throws Exception {
        StudySummary study = studyWithVotes();
        published.importFile(study.id(), "m", DatasetSource.ofText("results_m.json", PUBLISHED));
        org.moralbase.stats.proportion.ConfidenceInterval background;
        try {
            intervals.setInlineOutcomes(3); // the study's 4 outcomes now count as many
            long before = results.version(study.id());
            HumanModelAgreement first = agreementOf(results.report(study.id()), "m (published)");
            assertThat(first.pearsonInterval()).isNull();
            assertThat(first.intervalPending()).isTrue();
            long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
            HumanModelAgreement later = first;
            while (later.pearsonInterval() == null && System.nanoTime() < deadline) {
                Thread.sleep(100);
                later = agreementOf(results.report(study.id()), "m (published)");
            }
            background = later.pearsonInterval();
            assertThat(background).as("the interval arrived within a minute").isNotNull();
            assertThat(later.intervalPending()).isFalse();
            assertThat(results.version(study.id()))
                    .as("the page's poll sees it")
                    .isNotEqualTo(before);
        } finally {
            intervals.setInlineOutcomes(200);
        }
        // a new version of the data (another file) is computed inline, with the same seed and the same votes
        published.importFile(study.id(), "m2", DatasetSource.ofText("results_m2.json", PUBLISHED));
        HumanModelAgreement inline = agreementOf(results.report(study.id()), "m (published)");
        assertThat(inline.intervalPending()).isFalse();
        assertThat(inline.pearsonInterval()).isEqualTo(background);
    }

    private static HumanModelAgreement agreementOf(UtilityReport report, String model) {
        return report.agreement().stream()
                .filter(a -> a.model().equals(model))
                .findFirst()
                .orElseThrow();
    }

    /** Pearson's r by its definition. */
    private static double pearson(double[] x, double[] y) {
        double mx = 0;
        double my = 0;
        for (int i = 0; i < x.length; i++) {
            mx += x[i] / x.length;
            my += y[i] / y.length;
        }
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}
