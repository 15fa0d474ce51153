package org.moralbase.annotation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/**
 * A question as a researcher defines it (item questions and comprehension checks share the shape).
 *
 * @param code short stable name used in exports, e.g. {@code depth}
 * @param kind the answer type
 * @param prompt what the annotator reads
 * @param options choices (single/multiple choice), empty otherwise
 * @param allowUnsure whether single choice offers "unsure" (stored as {@value #UNSURE}, missing for agreement)
 * @param scaleMin lowest scale point (scale only)
 * @param scaleMax highest scale point (scale only)
 * @param minLabel label of the low end (scale only), may be empty
 * @param maxLabel label of the high end (scale only), may be empty
 * @param correctAnswer for comprehension checks: the answer that passes; null for item questions
 * @param screenOut for comprehension checks: a wrong answer ends the worker's participation
 */
public record QuestionSpec(
        @NotBlank(message = CODE) @Pattern(regexp = CODE_PATTERN, message = CODE)
        String code,

        @NotNull(message = KIND) QuestionKind kind,
        @NotBlank(message = PROMPT) String prompt,
        List<String> options,
        boolean allowUnsure,
        Integer scaleMin,
        Integer scaleMax,
        String minLabel,
        String maxLabel,
        String correctAnswer,
        boolean screenOut) {

    /** The longest text answer (the answer field stops there; {@link #normalise} refuses longer). */
    public static final int MAX_TEXT = 10_000;

    /** The stored answer for "unsure". */
    public static final String UNSURE = "unsure";

    static final String CODE_PATTERN = "[a-z][a-z0-9_]{0,39}";
    static final String CODE = "Code: lower-case letters, digits and _ (start with a letter, at most 40)";
    static final String KIND = "Kind: choose what the question asks";
    static final String PROMPT = "Prompt: say what to answer";

    /** Checks the shape fits the kind. */
    public QuestionSpec {
        if (code == null || !code.matches(CODE_PATTERN)) {
            throw new IllegalArgumentException(CODE + ", was " + code);
        }
        if (kind == null) {
            throw new IllegalArgumentException(KIND);
        }
        if (prompt == null || prompt.isBlank()) {
            throw new IllegalArgumentException(PROMPT);
        }
        options = options == null
                ? List.of()
                : options.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        boolean choice = kind == QuestionKind.SINGLE_CHOICE || kind == QuestionKind.MULTIPLE_CHOICE;
        if (choice && options.size() < 2) {
            throw new IllegalArgumentException("Options: a choice question needs at least two options");
        }
        if (choice && options.size() > 9) {
            throw new IllegalArgumentException("Options: at most nine (one key each)");
        }
        if (choice && options.stream().anyMatch(o -> o.contains("|") || o.equalsIgnoreCase(UNSURE))) {
            throw new IllegalArgumentException("Options: may not contain '|' or be called 'unsure'");
        }
        if (kind == QuestionKind.SCALE) {
            if (scaleMin == null || scaleMax == null || scaleMin >= scaleMax || scaleMax - scaleMin > 10) {
                throw new IllegalArgumentException("Scale: give a low and a high end, at most 11 points");
            }
        }
        minLabel = minLabel == null ? "" : minLabel.strip();
        maxLabel = maxLabel == null ? "" : maxLabel.strip();
    }

    /** A single-choice item question. */
    public static QuestionSpec singleChoice(String code, String prompt, List<String> options, boolean allowUnsure) {
        return new QuestionSpec(
                code, QuestionKind.SINGLE_CHOICE, prompt, options, allowUnsure, null, null, "", "", null, false);
    }

    /** A scale item question, e.g. −2..+2. */
    public static QuestionSpec scale(String code, String prompt, int min, int max, String minLabel, String maxLabel) {
        return new QuestionSpec(
                code, QuestionKind.SCALE, prompt, List.of(), false, min, max, minLabel, maxLabel, null, false);
    }

    /** A comprehension check: a single choice that must be answered {@code correct}. */
    public static QuestionSpec check(
            String code, String prompt, List<String> options, String correct, boolean screenOut) {
        return new QuestionSpec(
                code, QuestionKind.SINGLE_CHOICE, prompt, options, false, null, null, "", "", correct, screenOut);
    }

    /** The answers a keyboard can give, in key order (1..9): options, "unsure", or scale points. */
    public List<String> keyedAnswers() {
        return switch (kind) {
            case SINGLE_CHOICE ->
                allowUnsure
                        ? java.util.stream.Stream.concat(options.stream(), java.util.stream.Stream.of(UNSURE))
                                .toList()
                        : options;
            case MULTIPLE_CHOICE -> options;
            case SCALE ->
                java.util.stream.IntStream.rangeClosed(scaleMin, scaleMax)
                        .mapToObj(Integer::toString)
                        .toList();
            default -> List.of();
        };
    }

    /**
     * Checks an answer and returns its stored form (multiple choice: chosen options in list order joined by
     * {@code |}).
     *
     * @throws IllegalArgumentException if the answer does not fit the question
     */
    public String normalise(String answer) {
        String value = answer == null ? "" : answer.strip();
        switch (kind) {
            case SINGLE_CHOICE -> {
                if (!keyedAnswers().contains(value)) {
                    throw new IllegalArgumentException(code + ": choose one of " + keyedAnswers());
                }
            }
            case MULTIPLE_CHOICE -> {
                List<String> chosen = List.of(value.isEmpty() ? new String[0] : value.split("\\|"));
                if (!options.containsAll(chosen)) {
                    throw new IllegalArgumentException(code + ": choose among " + options);
                }
                value = String.join(
                        "|", options.stream().filter(chosen::contains).toList());
            }
            case SCALE -> {
                if (!keyedAnswers().contains(value)) {
                    throw new IllegalArgumentException(code + ": choose a point from " + scaleMin + " to " + scaleMax);
                }
            }
            case NUMBER -> {
                try {
                    value = new java.math.BigDecimal(value).stripTrailingZeros().toPlainString();
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(code + ": enter a number");
                }
            }
            case TEXT -> {
                if (value.isEmpty() || value.length() > MAX_TEXT) {
                    throw new IllegalArgumentException(code + ": write an answer (at most 10,000 characters)");
                }
            }
        }
        return value;
    }
}
