package org.moralbase.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.moralbase.base.Roles;
import org.moralbase.choicepair.ChoicePairItems;
import org.moralbase.choicepair.ChoicePairKind;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.format.ReleasedFiles;
import org.moralbase.security.TestLogins;
import org.moralbase.study.StudyService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A researcher uploads released dataset files on a choice-pair study's items page in Chromium: the format is told
 * from the file by default and the page says which; a file in a format the page does not take, a file in another
 * format than the one chosen and a broken file are refused in our words, with the file and line, storing nothing.
 */
class ChoicePairItemsBrowserIT extends BrowserTest {

    @Autowired
    TestLogins logins;

    @Autowired
    StudyService studies;

    @Autowired
    ChoicePairItems items;

    @Test
    void uploadsAreReadInTheDetectedFormatAndWrongOnesAreExplained() throws IOException {
        String researcher = logins.createUser("upl", Roles.RESEARCHER);
        logins.signIn(researcher);
        long id = studies.create("Released files", ChoicePairKind.ID).id();
        logins.signOut();

        LoginPage.open().logInAs(researcher, TestLogins.PASSWORD);
        ChoicePairItemsPage.open(id)
                .shouldHaveFormat("Detect from the file")
                .importFile(file(ReleasedFiles.moralChoiceHighAmbiguity()))
                .shouldSay("Stored 3 items from moralchoice_high_ambiguity.csv, recognised as MoralChoice (CSV).")
                .shouldListItem("H_002");

        ChoicePairItemsPage.open(id)
                .importFile(file(ReleasedFiles.dailyDilemmasGitHub()))
                .shouldSay("Stored 2 items from dailydilemmas_github.csv, recognised as DailyDilemmas (CSV).")
                .shouldListItem("Cover for the colleague");

        ChoicePairItemsPage.open(id)
                .importFile(file(ReleasedFiles.dvbPrompts()))
                .shouldSay("Nothing was stored.")
                .shouldSay("dvb_prompts_release.json: this is DVB prompts (JSON)")
                .shouldSay("which is not imported here");

        ChoicePairItemsPage.open(id)
                .chooseFormat("Scruples dilemmas (JSONL)")
                .importFile(file(DatasetSource.ofText("more_scenarios.csv", ReleasedFiles.MORAL_CHOICE_HEADER + "\n")))
                .shouldSay("more_scenarios.csv: this is MoralChoice (CSV) (the columns scenario_id, action1 and"
                        + " action2), not Scruples dilemmas (JSONL) as chosen");

        ChoicePairItemsPage.open(id)
                .importFile(file(DatasetSource.ofText(
                        "broken_pairs.csv", "id,context,option_a,option_b\nq1,c,a,b\nq2,\"Say no,a,b\nq3,c,a,b\n")))
                .shouldSay("broken_pairs.csv line 3: a quoted field starts on this line and its closing quote is"
                        + " missing")
                .shouldNotSay("EOF")
                .shouldNotSay("encapsulated");

        logins.signIn(researcher);
        try {
            assertThat(items.list(id)).hasSize(5);
        } finally {
            logins.signOut();
        }
    }

    /** The file under its own name, as a researcher's disk holds it. */
    private static File file(DatasetSource source) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "e2e-uploads"));
        Path path = dir.resolve(source.name());
        Files.write(path, source.content());
        return path.toFile();
    }
}
