package org.moralbase.dataimport.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.moralbase.dataimport.Fixtures.problems;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.moralbase.dataimport.ImportLimits;
import org.moralbase.dataimport.ProblemLog;

/** Files the parsers refuse are explained in our words, with the file and the line to fix. */
class SyntaxMessagesTest {

    private static final ImportLimits LIMITS = ImportLimits.withDefaults();
    private static final List<String> LIBRARY_WORDS =
            List.of("EOF", "encapsulated", "token", "Unexpected character", "code ", "Jackson", "Exception");

    @Test
    void anUnterminatedQuoteNamesTheLineWhereTheQuoteOpens() {
        String csv = "context,option_a,option_b\nc,a,b\n\"open,a,b\nmore,a,b\n";
        List<String> messages = problems(() -> csv("g.csv", csv));
        assertThat(messages)
                .containsExactly("g.csv line 3: a quoted field starts on this line and its closing quote is missing,"
                        + " so the rest of the file cannot be read; close the quote, or write a quote inside a field"
                        + " twice (\"\")");
        assertThat(messages.getFirst()).doesNotContain(LIBRARY_WORDS);
    }

    @Test
    void textAfterAClosingQuoteNamesItsLine() {
        String csv = "context,option_a,option_b\n\"multi\nline\",a,b\n\"say \"no\"\",a,b\n";
        assertThat(problems(() -> csv("g.csv", csv)))
                .singleElement()
                .asString()
                .startsWith("g.csv line 4: text follows the closing quote of a field (found 'n')")
                .satisfies(m -> assertThat(m).doesNotContain(LIBRARY_WORDS));
    }

    @Test
    void aBrokenJsonLineSaysWhatIsUnexpectedAndWhere() {
        String jsonl = "{\"id\":1}\n{\"id\":2,}\n{id:3}\n{\"id\":\"open\n{\"a\":1} {\"b\":2}\n";
        assertThat(problems(() -> {
                    ProblemLog log = new ProblemLog(LIMITS);
                    JsonReader.readLines("d.jsonl", jsonl, LIMITS, log);
                    log.throwIfAny();
                }))
                .containsExactly(
                        "d.jsonl line 2: is not valid JSON: unexpected '}' at column 9",
                        "d.jsonl line 3: is not valid JSON: unexpected word 'id' (text must be in double quotes)"
                                + " at column 2",
                        "d.jsonl line 4: is not valid JSON: the text ends before every string, [ and { is closed",
                        "d.jsonl line 5: is not valid JSON: a second value follows the first at column 9; one"
                                + " object per line")
                .allSatisfy(m -> assertThat(m).doesNotContain(LIBRARY_WORDS));
    }

    @Test
    void aBrokenJsonArrayNamesTheElementAndLine() {
        String json = "[\n  {\"prompt_id\": \"p1\"},\n  {\"prompt_id\": \"p2\",}\n]\n";
        assertThat(problems(() -> JsonReader.readArray("p.json", json, LIMITS, new ProblemLog(LIMITS))))
                .containsExactly("p.json element 1 (line 3): is not valid JSON: unexpected '}' at column 22");
    }

    @Test
    void theFirstObjectAndTheHeaderAreReadWithoutReadingTheRest() {
        assertThat(CsvReader.header("a, b ,,c\n\"broken")).containsExactly("a", "b", "c");
        assertThat(CsvReader.header("\"never closed")).isEmpty();
        assertThat(JsonReader.firstObject("\n{\"id\":1}\n{broken").get("id").asInt())
                .isEqualTo(1);
        assertThat(JsonReader.firstObject("[{\"id\":2}, {broken").get("id").asInt())
                .isEqualTo(2);
        assertThat(JsonReader.firstObject("id,context")).isNull();
    }

    private static void csv(String file, String text) {
        ProblemLog log = new ProblemLog(LIMITS);
        CsvReader.read(file, text, LIMITS, log);
        log.throwIfAny();
    }
}
