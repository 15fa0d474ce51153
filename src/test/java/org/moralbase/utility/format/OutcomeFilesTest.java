package org.moralbase.utility.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.ImportException;

class OutcomeFilesTest {

    @Test
    void theHierarchicalJsonNumbersOutcomesInFileOrderAndRoundTrips() {
        String json = "{\"money\": [\"You receive $5.\", \"You receive $5,000.\"], \"world\": [\"A war ends.\"]}";
        List<OutcomeRow> rows = OutcomeFiles.read(DatasetSource.ofText("options_hierarchical.json", json));
        assertThat(rows)
                .containsExactly(
                        new OutcomeRow("0", "You receive $5.", "money"),
                        new OutcomeRow("1", "You receive $5,000.", "money"),
                        new OutcomeRow("2", "A war ends.", "world"));
        assertThat(OutcomeFiles.read(DatasetSource.ofText("again.json", OutcomeFiles.hierarchicalJson(rows))))
                .isEqualTo(rows);
    }

    @Test
    void theCsvKeepsIdsAndCategoriesAndRoundTrips() {
        String csv = "id,description,category\nx1,\"Text, with comma\",\ny2,Other,cat\n";
        List<OutcomeRow> rows = OutcomeFiles.read(DatasetSource.ofText("o.csv", csv));
        assertThat(rows)
                .containsExactly(new OutcomeRow("x1", "Text, with comma", null), new OutcomeRow("y2", "Other", "cat"));
        assertThat(OutcomeFiles.read(DatasetSource.ofText("o2.csv", OutcomeFiles.csv(rows))))
                .isEqualTo(rows);
    }

    private static List<String> problems(String name, String text) {
        try {
            OutcomeFiles.read(DatasetSource.ofText(name, text));
        } catch (ImportException e) {
            return e.problems().stream()
                    .map(org.moralbase.dataimport.ImportProblem::message)
                    .toList();
        }
        throw new AssertionError("no problem found in " + name);
    }

    @Test
    void everyProblemIsNamedAndNothingIsReturned() {
        assertThat(problems("d.csv", "id,description\na,One\nb,\na,Three\n"))
                .containsExactly(
                        "d.csv line 3, field description: is empty",
                        "d.csv line 4, field id: outcome id 'a' is already on line 2");
        assertThat(problems("m.csv", "name,text\na,b\n")).anyMatch(m -> m.contains("id"));
        assertThat(problems("e.csv", "id,description\n")).anyMatch(m -> m.contains("no outcomes"));
        assertThat(problems("bad.json", "{\"a\": [\"x\",\n"))
                .anyMatch(m -> m.contains("bad.json") && m.contains("is not valid JSON"));
        assertThat(problems("n.json", "{\"a\": [\"x\", 3], \"b\": \"y\"}"))
                .containsExactly(
                        "n.json element 1, field a: expected an outcome's text, found NUMBER",
                        "n.json, field b: expected a list of outcome texts");
    }
}
