package org.moralbase.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.WebDriverRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.moralbase.annotation.AnnotationExportService;
import org.moralbase.annotation.AnnotationProjectService;
import org.moralbase.annotation.ItemImportService;
import org.moralbase.annotation.ProjectSettings;
import org.moralbase.annotation.ProjectTemplate;
import org.moralbase.annotation.QuestionSpec;
import org.moralbase.base.Roles;
import org.moralbase.dataimport.CsvRecords;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.format.FormatChoice;
import org.moralbase.security.TestLogins;
import org.moralbase.stats.agreement.KrippendorffAlpha;
import org.moralbase.stats.agreement.Metric;
import org.moralbase.stats.agreement.Rating;
import org.moralbase.stats.agreement.ReliabilityData;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.springframework.beans.factory.annotation.Autowired;

/** Two annotators label items with known answers, one disagrees once, a reviewer adjudicates. */
class AnnotationBrowserIT extends BrowserTest {

    /** Gold answers by situation number: 1 = yes, 2 = no. */
    private static final Map<String, Integer> GOLD =
            Map.of("Situation 1", 1, "Situation 2", 2, "Situation 3", 1, "Situation 4", 2);

    @Autowired
    TestLogins logins;

    @Autowired
    AnnotationProjectService projects;

    @Autowired
    ItemImportService imports;

    @Autowired
    AnnotationExportService export;

    @AfterEach
    void signOut() {
        logins.signOut();
    }

    @Test
    void twoAnnotatorsLabelAReviewerAdjudicatesAndTheShownAlphaMatchesTheExport() throws IOException {
        String researcher = logins.createUser("rev", Roles.RESEARCHER);
        String agreeing = logins.createUser("ann1", Roles.ANNOTATOR);
        String disagreeing = logins.createUser("ann2", Roles.ANNOTATOR);
        logins.signIn(researcher);
        long id = projects.create("Browser annotation", ProjectTemplate.BLANK).id();
        projects.update(
                id,
                new ProjectSettings(
                        "Browser annotation",
                        "Answer yes if the action is acceptable.",
                        "Example: helping a stranger is acceptable: yes.",
                        2,
                        null,
                        600));
        projects.addQuestion(
                id, QuestionSpec.singleChoice("pick", "Is the action acceptable?", List.of("yes", "no"), false), false);
        imports.importItems(id, FormatChoice.DETECT, DatasetSource.ofText("items.csv", """
                id,context,option_a,option_b,gold_pick
                item1,Situation 1,Help,Wait,yes
                item2,Situation 2,Lie,Tell,no
                item3,Situation 3,Share,Keep,yes
                item4,Situation 4,Take,Leave,no
                """), null);
        projects.invite(id, agreeing);
        projects.invite(id, disagreeing);
        logins.signOut();

        AnnotatePage first = AnnotatePage.openAs(id, agreeing, TestLogins.PASSWORD);
        first.progressShows("0 items");
        screenshot("annotation-annotator.png");
        labelAll(first, null);
        Selenide.closeWebDriver();

        labelAll(AnnotatePage.openAs(id, disagreeing, TestLogins.PASSWORD), "Situation 3");
        Selenide.closeWebDriver();

        AnnotationProjectPage page = AnnotationProjectPage.openAs(id, researcher, TestLogins.PASSWORD)
                .review();
        assertThat(page.firstReviewCardId())
                .as("the disagreement is listed first")
                .isEqualTo("review-item3-pick");
        page.decide("item3", "pick", 1, "yes (by " + researcher + ")");
        String shown = page.quality().alpha("pick", "nominal");
        screenshot("annotation-quality.png");

        logins.signIn(researcher);
        List<Rating<String>> ratings = new ArrayList<>();
        for (CSVRecord r : CsvRecords.parse(export.judgementsCsv(id))) {
            ratings.add(new Rating<>(r.get("item"), r.get("rater"), r.get("value")));
        }
        assertThat(ratings).hasSize(8);
        double alpha = KrippendorffAlpha.of(Metric.NOMINAL)
                .estimate(ReliabilityData.fromLabels(ratings))
                .alpha();
        assertThat(shown).isEqualTo(String.format(Locale.ROOT, "%.3f", alpha));
        assertThat(alpha).isLessThan(1.0);

        CSVRecord item3 = CsvRecords.parse(export.datasetCsv(id)).stream()
                .filter(r -> r.get("id").equals("item3"))
                .findFirst()
                .orElseThrow();
        assertThat(item3.get("label_pick")).isEqualTo("yes");
        assertThat(item3.get("decided_by_pick")).isEqualTo(researcher);
    }

    private static void labelAll(AnnotatePage page, String disagreeOn) {
        int labelled = 0;
        while (page.hasItem()) {
            String context = page.context();
            int gold = GOLD.get(context);
            page.answerWithKeys(context.equals(disagreeOn) ? 3 - gold : gold);
            labelled++;
        }
        assertThat(labelled).isEqualTo(4);
    }

    private static void screenshot(String name) throws IOException {
        Path target = Path.of("target/screenshots", name); // copied to docs/images by hand when the page changes
        Files.createDirectories(target.getParent());
        Files.write(target, ((TakesScreenshot) WebDriverRunner.getWebDriver()).getScreenshotAs(OutputType.BYTES));
    }
}
