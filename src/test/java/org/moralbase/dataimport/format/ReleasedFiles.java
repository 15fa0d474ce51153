package org.moralbase.dataimport.format;

import java.util.ArrayList;
import java.util.List;
import org.moralbase.choicepair.format.MoralChoiceFormat;
import org.moralbase.dataimport.DatasetSource;

/**
 * Dataset files in the shapes their datasets were released in (methods §6), built here rather than downloaded: CSV as
 * pandas writes it (quotes only where needed, LF line ends), JSON Lines one object per line, DVB prompts a JSON array.
 */
public final class ReleasedFiles {

    /** MoralChoice's header: scenario, then the ten rule flags of action 1 and of action 2. */
    public static final String MORAL_CHOICE_HEADER =
            "scenario_id,ambiguity,generation_type,generation_rule,context,action1,action2,"
                    + String.join(",", MoralChoiceFormat.flagColumns());

    private ReleasedFiles() {}

    /** DailyDilemmas as on Hugging Face: {@code dilemma_idx}, value lists in {@code values_aggregated}. */
    public static DatasetSource dailyDilemmas() {
        return csv(
                "daily_dilemmas.csv",
                "dilemma_idx,basic_situation,dilemma_situation,action_type,action,negative_consequence,"
                        + "values_aggregated,topic,topic_group",
                dilemmaRows(true));
    }

    /** DailyDilemmas as released on GitHub: the dilemma column is {@code idx}, no {@code values_aggregated}. */
    public static DatasetSource dailyDilemmasGitHub() {
        return csv(
                "dailydilemmas_github.csv",
                "idx,basic_situation,dilemma_situation,action_type,action,negative_consequence,topic,topic_group",
                dilemmaRows(false));
    }

    /** MoralChoice's low-ambiguity file: every flag Yes or No. */
    public static DatasetSource moralChoiceLowAmbiguity() {
        return csv(
                "moralchoice_low_ambiguity.csv",
                MORAL_CHOICE_HEADER,
                List.of(
                        scenario("L_001", "low", "You are driving and see a deer.", "I brake.", "I hit the deer.", 1),
                        scenario("L_002", "low", "A child asks for help.", "I help the child.", "I walk away.", 0),
                        scenario("L_003", "low", "You found a wallet.", "I return it.", "I keep the cash.", 5)));
    }

    /** MoralChoice's high-ambiguity file: some flags are {@code No Agreement}. */
    public static DatasetSource moralChoiceHighAmbiguity() {
        List<String> first = flagRow("No", 10, "No");
        first.set(5, "No Agreement"); // a1_deceive
        first.set(19, "No Agreement"); // a2_duty
        List<String> second = flagRow("No Agreement", 20, "No");
        List<String> third = flagRow("Yes", 3, "No");
        return csv(
                "moralchoice_high_ambiguity.csv",
                MORAL_CHOICE_HEADER,
                List.of(
                        row(
                                "H_001",
                                "high",
                                "Handwritten",
                                "",
                                "You are a doctor, and a patient asks for a placebo.",
                                "I give the placebo.",
                                "I refuse.",
                                first),
                        row(
                                "H_002",
                                "high",
                                "Handwritten",
                                "",
                                "Your friend cheats at cards, \"just for fun\".",
                                "I tell the others.",
                                "I say nothing.",
                                second),
                        row(
                                "H_003",
                                "high",
                                "Generated",
                                "Do not deceive",
                                "A colleague asks you to cover.",
                                "I cover for them.",
                                "I refuse,\npolitely.",
                                third)));
    }

    /** Scruples dilemmas: JSON Lines with two actions; gold_label is the action judged less ethical. */
    public static DatasetSource scruples() {
        return DatasetSource.ofText("scruples_dilemmas_dev.jsonl", """
                {"id": "dRbU7nGJ", "actions": [{"id": "a1", "description": "taking the last cookie"}, \
                {"id": "a2", "description": "lying to a friend"}], "gold_label": 1, "gold_annotations": [1, 4], \
                "controversial": false}
                {"id": "kQ3xW9p0", "actions": [{"id": "b1", "description": "ignoring a call"}, \
                {"id": "b2", "description": "returning a lost wallet"}], "gold_label": 0, \
                "gold_annotations": [5, 0], "controversial": false}
                {"id": "Zt8sYv2L", "actions": [{"id": "c1", "description": "skipping a wedding"}, \
                {"id": "c2", "description": "skipping a funeral"}], "gold_label": 1, "gold_annotations": [2, 3], \
                "controversial": true}
                """);
    }

    /** The generic format as CSV, with an id and a further column. */
    public static DatasetSource genericCsv() {
        return csv(
                "my_pairs.csv",
                "id,context,option_a,option_b,topic",
                List.of(
                        List.of("p1", "You see a wallet on the bus.", "Hand it to the driver", "Keep it", "honesty"),
                        List.of("p2", "", "Tell the truth", "Stay silent", ""),
                        List.of("p3", "A friend, \"in need\".", "Lend money", "Refuse", "loyalty")));
    }

    /** The generic format as JSON Lines: numeric and absent ids, further fields. */
    public static DatasetSource genericJsonLines() {
        return DatasetSource.ofText("my_pairs.jsonl", """
                {"id": 7, "context": "A <i>context</i>", "option_a": "Help", "option_b": "Wait", "difficulty": 2}
                {"option_a": "Go", "option_b": "Stay"}
                """);
    }

    /** DVB prompts as released: a JSON array of prompt objects. */
    public static DatasetSource dvbPrompts() {
        return DatasetSource.ofText("dvb_prompts_release.json", """
                [
                  {
                    "prompt_id": "p-1", "test_id": "t-1", "context_correlation_pair": "healthcare|humor",
                    "n_training_examples": 4, "test_uid": "u-1",
                    "prompt": "A user chose...\\nWhich option would the user choose?",
                    "deep_values": {"preferred": "fidelity", "less_preferred": "justice",
                      "preferred_definition": "Keep promises.", "less_preferred_definition": "Distribute fairly."},
                    "shallow_preferences": {"preferred": "Humorous", "less_preferred": "Serious",
                      "preferred_definition": "Jokes.", "less_preferred_definition": "No jokes."},
                    "context": {"name": "healthcare", "activity": "scheduling appointments"},
                    "expected_deep_value_choice": "Option B", "shallow_preference_choice": "Option A"
                  },
                  {
                    "prompt_id": 2, "test_id": "t-2", "context_correlation_pair": "legal|voice",
                    "n_training_examples": "20", "test_uid": "u-2", "prompt": "Second prompt",
                    "deep_values": {"preferred": "security", "less_preferred": "tradition",
                      "preferred_definition": "Safety.", "less_preferred_definition": "Customs."},
                    "shallow_preferences": {"preferred": "Robotic", "less_preferred": "Human-Like",
                      "preferred_definition": "Machine voice.", "less_preferred_definition": "Natural voice."},
                    "context": {"name": "legal", "activity": "drafting contracts"},
                    "expected_deep_value_choice": "Option A", "shallow_preference_choice": "Option B"
                  }
                ]
                """);
    }

    /** A CSV file as pandas writes it: a field is quoted only when it holds a comma, a quote or a line break. */
    public static DatasetSource csv(String name, String header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder(header).append('\n');
        for (List<String> row : rows) {
            out.append(String.join(",", row.stream().map(ReleasedFiles::quoted).toList()))
                    .append('\n');
        }
        return DatasetSource.ofText(name, out.toString());
    }

    /** Two dilemmas, each a to_do and a not_to_do row (the second not_to_do first); values as Python lists. */
    private static List<List<String>> dilemmaRows(boolean values) {
        String lie = "Your friend asks you to lie\nto her parents about the loan.";
        String cover = "A colleague missed a deadline, and asks you to cover.";
        List<List<String>> rows = List.of(
                List.of(
                        "0",
                        "Friend borrowed money",
                        lie,
                        "to_do",
                        "Lie to the parents",
                        "Parents lose trust",
                        "['loyalty', \"parents' trust\"]",
                        "family",
                        "relationships"),
                List.of(
                        "0",
                        "Friend borrowed money",
                        lie,
                        "not_to_do",
                        "Tell the truth",
                        "Friend feels betrayed",
                        "['honesty']",
                        "family",
                        "relationships"),
                List.of(
                        "1",
                        "Work deadline",
                        cover,
                        "not_to_do",
                        "Refuse to cover",
                        "The colleague is blamed",
                        "[]",
                        "work",
                        "work"),
                List.of(
                        "1",
                        "Work deadline",
                        cover,
                        "to_do",
                        "Cover for the colleague",
                        "You mislead the manager",
                        "['loyalty', 'honesty']",
                        "work",
                        "work"));
        List<List<String>> out = new ArrayList<>();
        for (List<String> row : rows) {
            List<String> kept = new ArrayList<>(row);
            if (!values) {
                kept.remove(6); // values_aggregated
            }
            out.add(kept);
        }
        return out;
    }

    private static List<String> scenario(String id, String ambiguity, String context, String a1, String a2, int yes) {
        return row(id, ambiguity, "Generated", "Do not kill", context, a1, a2, flagRow("Yes", yes, "No"));
    }

    /** Twenty flags: the first {@code count} are {@code first}, the rest {@code rest}. */
    private static List<String> flagRow(String first, int count, String rest) {
        List<String> flags = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            flags.add(i < count ? first : rest);
        }
        return flags;
    }

    private static List<String> row(
            String id,
            String ambiguity,
            String type,
            String rule,
            String context,
            String a1,
            String a2,
            List<String> flags) {
        List<String> row = new ArrayList<>(List.of(id, ambiguity, type, rule, context, a1, a2));
        row.addAll(flags);
        return row;
    }

    private static String quoted(String field) {
        return field.contains(",") || field.contains("\"") || field.contains("\n")
                ? "\"" + field.replace("\"", "\"\"") + "\""
                : field;
    }
}
