package org.moralbase.utility.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.ImportException;
import org.moralbase.utility.PublishedUtilities;

/**
 * Reading an emergent-values results file: the shape their {@code compute_utilities.py} writes (numeric ids, utilities
 * keyed by the id as text, graph_data edges keyed by the Python tuple, aux_data with anything in it, NaN in metrics),
 * and every problem named with its field.
 */
class PublishedResultsTest {

    private static final String FILE = """
            {
              "options": [
                {"id": 0, "description": "You receive $5,000."},
                {"id": 1, "description": "A park opens near you."},
                {"id": 2, "description": "A library closes."}
              ],
              "utilities": {
                "0": {"mean": 1.2, "variance": 0.5},
                "1": {"mean": -0.2, "variance": 0.25},
                "2": {"mean": -1.0, "variance": 1.5e-2}
              },
              "metrics": {"log_loss": 0.31, "accuracy": NaN},
              "holdout_metrics": {},
              "compute_utilities_config": {"K": 10, "nested": [[1, 2], {"x": null}]},
              "graph_data": {
                "options": [{"id": 0, "description": "ignored here"}],
                "edges": {
                  "(0, 1)": {"option_A": {"id": 0, "description": "You receive $5,000."},
                             "option_B": {"id": 1, "description": "A park opens near you."},
                             "probability_A": 0.9,
                             "aux_data": {"original_responses": ["A", "A", null], "count": 10}},
                  "(2, 0)": {"option_A": {"id": 2}, "option_B": {"id": 0}, "probability_A": 0.0, "aux_data": {}}
                },
                "training_edges": [[0, 1], [2, 0]],
                "training_edges_pool": [],
                "holdout_edge_indices": []
              }
            }
            """;

    private static PublishedResults read(String text) {
        return PublishedResults.read(DatasetSource.ofText("results_m.json", text));
    }

    private static String problems(String text) {
        try {
            read(text);
        } catch (ImportException e) {
            return String.join("\n", e.messages());
        }
        throw new AssertionError("expected the file to be refused");
    }

    @Test
    void readsTheirShapeSkippingWhatItDoesNotUse() {
        PublishedResults r = read(FILE);
        assertThat(r.options())
                .containsExactly(
                        new PublishedResults.Option("0", "You receive $5,000."),
                        new PublishedResults.Option("1", "A park opens near you."),
                        new PublishedResults.Option("2", "A library closes."));
        assertThat(r.utilities().get("2")).isEqualTo(new PublishedResults.Value(-1.0, 0.015));
        assertThat(r.utilities()).hasSize(3);
        assertThat(r.edges())
                .containsExactly(new PublishedResults.Edge("0", "1", 0.9), new PublishedResults.Edge("2", "0", 0.0));
    }

    @Test
    void aUtilitiesOnlyFileHasNoEdges() {
        String utilitiesOnly = """
                {"options": [{"id": "x", "description": "One"}, {"id": "y", "description": "Two"}],
                 "utilities": {"x": {"mean": 1, "variance": 1}, "y": {"mean": -1, "variance": 1}}}
                """;
        assertThat(read(utilitiesOnly).edges()).isEmpty();
        assertThat(read(utilitiesOnly).utilities().get("x").mean()).isEqualTo(1.0);
    }

    @Test
    void everyProblemIsNamedWithItsField() {
        assertThat(problems("id,description\n0,One\n")).contains("does not start with '{'");
        assertThat(problems("{\"options\": [\n{\"id\": 0,\n"))
                .contains("results_m.json line")
                .contains("not valid JSON");
        assertThat(problems("{\"options\": []}"))
                .contains("field utilities: is missing")
                .contains("field options: no options");
        String bad = FILE.replace("\"mean\": -0.2", "\"mean\": NaN")
                .replace("\"variance\": 0.5", "\"variance\": -0.5")
                .replace("\"probability_A\": 0.9", "\"probability_A\": 1.5")
                .replace("\"option_B\": {\"id\": 0}", "\"option_B\": {\"id\": 7}");
        assertThat(problems(bad))
                .contains("field utilities.1.mean: expected a number, found NaN")
                .contains("field utilities.0.variance: is negative (-0.5)")
                .contains("field graph_data.edges.(0, 1).probability_A: is not a probability (1.5)")
                .contains("field graph_data.edges (2, 7): names an option id that is not in options");
        String unmatched =
                FILE.replace("\"2\": {\"mean\": -1.0, \"variance\": 1.5e-2}", "\"9\": {\"mean\": 0, \"variance\": 1}");
        assertThat(problems(unmatched))
                .contains("field utilities: no utility for option id '2'")
                .contains("field utilities.9: no option has the id '9'");
        assertThat(problems(
                        FILE.replace("\"id\": 1, \"description\": \"A park", "\"id\": 0, \"description\": \"A park")))
                .contains("option id '0' appears twice");
        assertThat(problems(FILE.replace("{\"id\": 2}, \"option_B\"", "{\"id\": 1}, \"option_B\"")
                        .replace(
                                "\"option_B\": {\"id\": 0}, \"probability_A\": 0.0",
                                "\"option_B\": {\"id\": 1}, \"probability_A\": 0.0")))
                .contains("pairs an option with itself");
        assertThat(problems("{\"options\": {\"a\": 1}, \"utilities\": []}"))
                .contains("field options: expected a list of {id, description}")
                .contains("field utilities: expected an object {id: {mean, variance}}");
    }

    @Test
    void aLabelComesFromTheirFileName() {
        assertThat(PublishedUtilities.labelFor("results_gpt-4o_thurstonianactivelearningutilitymodel.json"))
                .isEqualTo("gpt-4o");
        assertThat(PublishedUtilities.labelFor("results_utilities_llama-33-70b-instruct.json"))
                .isEqualTo("llama-33-70b-instruct");
        assertThat(PublishedUtilities.labelFor("mine.JSON")).isEqualTo("mine");
        assertThat(PublishedUtilities.labelFor(".json")).isEqualTo("published");
    }
}
