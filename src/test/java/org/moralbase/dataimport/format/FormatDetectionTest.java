package org.moralbase.dataimport.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.moralbase.dataimport.Fixtures.problems;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.ImportLimits;

/** Each released file is told from its content; a wrong choice or an unknown file is said in our words. */
class FormatDetectionTest {

    private static final ImportLimits LIMITS = ImportLimits.withDefaults();
    private static final List<String> LIBRARY_WORDS =
            List.of("EOF", "encapsulated", "token", "Unexpected character", "Exception", "Jackson");

    @Test
    void eachReleasedFileIsRecognisedAsItsFormat() {
        Map<DatasetSource, String> expected = Map.of(
                ReleasedFiles.dailyDilemmas(), "DAILY_DILEMMAS",
                ReleasedFiles.dailyDilemmasGitHub(), "DAILY_DILEMMAS",
                ReleasedFiles.moralChoiceLowAmbiguity(), "MORAL_CHOICE",
                ReleasedFiles.moralChoiceHighAmbiguity(), "MORAL_CHOICE",
                ReleasedFiles.scruples(), "SCRUPLES",
                ReleasedFiles.genericCsv(), "GENERIC_CSV",
                ReleasedFiles.genericJsonLines(), "GENERIC_JSONL",
                ReleasedFiles.dvbPrompts(), "DVB_PROMPTS");
        expected.forEach((file, id) -> {
            DatasetFormats.FormatRead read = Formats.registry().read(FormatChoice.DETECT, file, null, LIMITS);
            assertThat(read.format().id()).as(file.name()).isEqualTo(id);
            assertThat(read.detected()).isTrue();
            assertThat(read.items()).as(file.name()).isNotEmpty();
        });
    }

    @Test
    void theMessageSaysWhichFormatWasRecognised() {
        DatasetFormats.FormatRead read =
                Formats.registry().read(FormatChoice.DETECT, ReleasedFiles.moralChoiceHighAmbiguity(), null, LIMITS);
        assertThat(read.imported("moralchoice_high_ambiguity.csv", 3).message())
                .isEqualTo("Stored 3 items from moralchoice_high_ambiguity.csv, recognised as MoralChoice (CSV).");
        DatasetFormats.FormatRead chosen =
                Formats.registry().read(FormatChoice.of(Formats.SCRUPLES), ReleasedFiles.scruples(), null, LIMITS);
        assertThat(chosen.imported("s.jsonl", 1).message())
                .isEqualTo("Stored 1 item from s.jsonl as Scruples dilemmas (JSONL).");
    }

    @Test
    void aFileInAnotherFormatThanTheOneChosenIsNamedInsteadOfParsedAsTheWrongOne() {
        List<String> messages = problems(() -> Formats.registry()
                .read(FormatChoice.of(Formats.SCRUPLES), ReleasedFiles.moralChoiceHighAmbiguity(), null, LIMITS));
        assertThat(messages)
                .containsExactly("moralchoice_high_ambiguity.csv: this is MoralChoice (CSV) (the columns scenario_id,"
                        + " action1 and action2), not Scruples dilemmas (JSONL) as chosen; choose MoralChoice (CSV) or"
                        + " \"Detect from the file\"");
        assertThat(problems(() -> Formats.registry()
                        .read(FormatChoice.of(Formats.DAILY_DILEMMAS), ReleasedFiles.scruples(), null, LIMITS)))
                .singleElement()
                .asString()
                .contains("this is Scruples dilemmas (JSONL)", "not DailyDilemmas (CSV) as chosen")
                .doesNotContain(LIBRARY_WORDS);
    }

    @Test
    void aFileOfTheChosenShapeIsReadSoItsMissingColumnsAreNamed() {
        DatasetSource partial = DatasetSource.ofText("mc.csv", "scenario_id,context\nH_1,c\n");
        assertThat(problems(
                        () -> Formats.registry().read(FormatChoice.of(Formats.MORAL_CHOICE), partial, null, LIMITS)))
                .startsWith("mc.csv: missing required column 'ambiguity'");
        DatasetSource jsonLines = DatasetSource.ofText("x.jsonl", "{\"question\": \"q\", \"answer\": \"a\"}\n");
        assertThat(problems(() ->
                        Formats.registry().read(FormatChoice.of(Formats.DAILY_DILEMMAS), jsonLines, null, LIMITS)))
                .containsExactly("x.jsonl: DailyDilemmas (CSV) is a CSV file, but this is a JSON Lines file whose first"
                        + " object has the fields question, answer");
    }

    @Test
    void anUnknownFileSaysWhatEachFormatOfItsShapeNeeds() {
        DatasetSource unknown = DatasetSource.ofText("survey.csv", "question,answer\nq,a\n");
        assertThat(problems(() -> Formats.registry().read(FormatChoice.DETECT, unknown, null, LIMITS)))
                .containsExactly("survey.csv: no dataset format recognised in a CSV file with the columns question,"
                        + " answer. DailyDilemmas (CSV) needs the columns dilemma_idx (or idx), action_type and action;"
                        + " MoralChoice (CSV) needs the columns scenario_id, action1 and action2; Generic CSV needs the"
                        + " columns context, option_a and option_b (id optional).");
        assertThat(problems(() -> Formats.registry()
                        .read(FormatChoice.DETECT, DatasetSource.ofText("empty.csv", "  \n"), null, LIMITS)))
                .containsExactly("empty.csv: file is empty");
    }

    @Test
    void aFormatThisImportDoesNotTakeIsNamed() {
        List<DatasetFormat> choicePairs = List.of(
                Formats.DAILY_DILEMMAS,
                Formats.MORAL_CHOICE,
                Formats.SCRUPLES,
                Formats.GENERIC_CSV,
                Formats.GENERIC_JSONL);
        DatasetFormats choicePairImport = new DatasetFormats(choicePairs, Formats.all());
        assertThat(problems(() -> choicePairImport.read(FormatChoice.DETECT, ReleasedFiles.dvbPrompts(), null, LIMITS)))
                .containsExactly("dvb_prompts_release.json: this is DVB prompts (JSON) (a JSON array of objects with"
                        + " prompt_id, deep_values and shallow_preferences), which is not imported here; formats taken"
                        + " here: DailyDilemmas (CSV), MoralChoice (CSV), Scruples dilemmas (JSONL), Generic CSV,"
                        + " Generic JSON Lines");
        assertThat(choicePairImport.choices())
                .extracting(FormatChoice::label)
                .containsExactly(
                        "Detect from the file",
                        "DailyDilemmas (CSV)",
                        "MoralChoice (CSV)",
                        "Scruples dilemmas (JSONL)",
                        "Generic CSV",
                        "Generic JSON Lines");
    }

    @Test
    void anUnterminatedQuoteInADetectedFileNamesItsLineInOurWords() {
        DatasetSource broken = DatasetSource.ofText(
                "pairs.csv", "id,context,option_a,option_b\np1,c,a,b\np2,\"Say \"\"no\"\", then go,a,b\np3,c,a,b\n");
        assertThat(problems(() -> Formats.registry().read(FormatChoice.DETECT, broken, null, LIMITS)))
                .singleElement()
                .asString()
                .startsWith("pairs.csv line 3: a quoted field starts on this line and its closing quote is missing")
                .doesNotContain(LIBRARY_WORDS);
    }

    @Test
    void specificFormatsComeBeforeTheGenericFallbacks() {
        // a MoralChoice file that also has generic columns is MoralChoice
        DatasetSource both = DatasetSource.ofText(
                "both.csv",
                ReleasedFiles.MORAL_CHOICE_HEADER + ",option_a,option_b\n" + "X_1,low,Generated,,c,a,b,"
                        + "No,".repeat(20) + "a,b\n");
        assertThat(Formats.registry()
                        .read(FormatChoice.DETECT, both, null, LIMITS)
                        .format()
                        .id())
                .isEqualTo("MORAL_CHOICE");
    }
}
