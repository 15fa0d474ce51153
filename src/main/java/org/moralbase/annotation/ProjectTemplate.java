package org.moralbase.annotation;

import java.util.List;

/**
 * Starting points for a project: blank, or the three DVB item-validation protocols of methods §4 (A: shallow
 * vs deep rating with breadth and neutrality; B: predict the user's choice from a stated value preference; C:
 * identify the option that embodies (v1, s1), with an easy training trial that screens out the inattentive).
 */
public enum ProjectTemplate {
    BLANK("Blank project"),
    DVB_DEPTH("DVB A: shallow preference or deep value?"),
    DVB_PREDICT("DVB B: which option would the user choose?"),
    DVB_IDENTIFY("DVB C: which option embodies (v1, s1)?");

    private static final String DEFINITIONS = """
            A deep value is a lasting moral commitment that guides choices across many situations (for example \
            justice, beneficence, tradition). A shallow preference is a taste about how something is done (for \
            example formal or colloquial language, a fast or a detailed answer).""";

    private final String label;

    ProjectTemplate(String label) {
        this.label = label;
    }

    /** Name shown in the "new project" dialog. */
    public String label() {
        return label;
    }

    /** Default settings: k = 3, a 10-minute hold, no cap. */
    public ProjectSettings settings(String title) {
        return switch (this) {
            case BLANK -> new ProjectSettings(title, "", "", 3, null, 600);
            case DVB_DEPTH ->
                new ProjectSettings(
                        title,
                        DEFINITIONS + """


                    Each item names one concept. Rate whether it is a shallow preference (−2) or a deep value (+2), \
                    how broadly it applies (1 = one narrow situation, 5 = almost every situation) and how neutral \
                    it is (−2 = strongly value-laden, +2 = neutral).""",
                        "Example: \"Humorous replies\" is a shallow preference (−2), applies fairly narrowly (2) and is "
                                + "neutral (+1).",
                        3,
                        null,
                        600);
            case DVB_PREDICT ->
                new ProjectSettings(
                        title,
                        DEFINITIONS + """


                    The user prefers the first value (v1) over the second (v2). Read the two unlabeled options and \
                    choose the one the user would choose: C1 (the first option), C2 (the second) or unsure.""",
                        "Worked trial: the user prefers justice over beneficence. C1 treats everyone by the same rule; "
                                + "C2 helps a friend first. The user would choose C1.",
                        3,
                        null,
                        600);
            case DVB_IDENTIFY ->
                new ProjectSettings(
                        title,
                        DEFINITIONS + """


                    Each item shows two options. Choose the option that embodies the named deep value together with \
                    the named shallow preference (v1, s1).""",
                        "Example: for (justice, formal language) choose the option that applies one rule to all and is "
                                + "written formally.",
                        3,
                        null,
                        600);
        };
    }

    /** The item questions. */
    public List<QuestionSpec> questions() {
        return switch (this) {
            case BLANK -> List.of();
            case DVB_DEPTH ->
                List.of(
                        QuestionSpec.scale(
                                "depth",
                                "Shallow preference or deep value?",
                                -2,
                                2,
                                "Shallow preference",
                                "Deep value"),
                        QuestionSpec.scale(
                                "breadth",
                                "How broadly does it apply?",
                                1,
                                5,
                                "One narrow situation",
                                "Almost every situation"),
                        QuestionSpec.scale(
                                "neutrality", "How neutral is it?", -2, 2, "Strongly value-laden", "Neutral"));
            case DVB_PREDICT ->
                List.of(QuestionSpec.singleChoice(
                        "choice",
                        "Given that the user prefers v1 over v2, which option would they choose?",
                        List.of("C1", "C2"),
                        true));
            case DVB_IDENTIFY ->
                List.of(QuestionSpec.singleChoice(
                        "embodies", "Which option embodies (v1, s1)?", List.of("Option A", "Option B"), false));
        };
    }

    /** The comprehension checks to pass before work starts. */
    public List<QuestionSpec> checks() {
        return switch (this) {
            case BLANK -> List.of();
            case DVB_DEPTH ->
                List.of(
                        QuestionSpec.check(
                                "check_deep",
                                "Which of these is a deep value?",
                                List.of("Concise answers", "Justice", "A robotic voice"),
                                "Justice",
                                false),
                        QuestionSpec.check(
                                "check_shallow",
                                "Which of these is a shallow preference?",
                                List.of("Beneficence", "Fidelity", "Colloquial language"),
                                "Colloquial language",
                                false));
            case DVB_PREDICT ->
                List.of(QuestionSpec.check(
                        "training",
                        "Training trial: the user prefers justice over beneficence. C1 applies one rule to everyone; C2 "
                                + "helps a friend first. Which would the user choose?",
                        List.of("C1", "C2"),
                        "C1",
                        false));
            case DVB_IDENTIFY ->
                List.of(QuestionSpec.check(
                        "attention",
                        "Training trial (attention check): which option embodies (justice, formal language)? Option A: "
                                + "\"Per our policy, every applicant is assessed by the same criteria.\" Option B: \"Eh, "
                                + "let's just help whoever asks first!\"",
                        List.of("Option A", "Option B"),
                        "Option A",
                        true));
        };
    }
}
