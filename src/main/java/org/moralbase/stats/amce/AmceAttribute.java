package org.moralbase.stats.amce;

/**
 * The nine Moral Machine attributes of Awad et al. (2018), in the order of methods §1.1, each with its row
 * subset, regression variable and its two levels (methods §2 "Subsets"). The filters are row-level, exactly
 * as written there: Relation to AV keeps rows with {@code CrossingSignal == 0 && PedPed == 0}; Law keeps
 * rows with {@code CrossingSignal != 0 && PedPed == 1}; a character attribute keeps rows whose
 * {@code ScenarioType} and {@code ScenarioTypeStrict} both name it. Rows whose variable is neither level are
 * dropped. Social Status accepts {@code Social Status} and Takemoto's {@code Social Value} in either column,
 * independently (a row spelling the two columns differently is kept: both spellings name one dimension).
 */
public enum AmceAttribute {
    /** Intervention: all rows, {@code Intervention} 0 → 1 (AMCE &gt; 0: preference for inaction). */
    INTERVENTION("Intervention", "Intervention", "0", "1"),
    /** Relation to AV: {@code Barrier} 1 (passengers) → 0 (pedestrians). */
    RELATION_TO_AV("Relation to AV", "Barrier", "1", "0"),
    /** Law: {@code CrossingSignal} 2 (red) → 1 (green). */
    LAW("Law", "CrossingSignal", "2", "1"),
    /** Gender: scenario type {@code Gender}, {@code Male} → {@code Female}. */
    GENDER("Gender", "AttributeLevel", "Male", "Female"),
    /** Fitness: scenario type {@code Fitness}, {@code Fat} → {@code Fit}. */
    FITNESS("Fitness", "AttributeLevel", "Fat", "Fit"),
    /** Social Status: scenario type {@code Social Status} or {@code Social Value}, {@code Low} → {@code High}. */
    SOCIAL_STATUS("Social Status", "AttributeLevel", "Low", "High"),
    /** Age: scenario type {@code Age}, {@code Old} → {@code Young}. */
    AGE("Age", "AttributeLevel", "Old", "Young"),
    /** No. Characters: scenario type {@code Utilitarian}, {@code Less} → {@code More} (pooled over d). */
    NO_CHARACTERS("No. Characters", "AttributeLevel", "Less", "More"),
    /** Species: scenario type {@code Species}, {@code Pets} → {@code Hoomans} (sic, as in the data). */
    SPECIES("Species", "AttributeLevel", "Pets", "Hoomans");

    /** Level code of a row outside the subset or at neither level. */
    public static final int NOT_IN_SUBSET = -1;

    private final String displayName;
    private final String variable;
    private final String baselineLevel;
    private final String otherLevel;

    AmceAttribute(String displayName, String variable, String baselineLevel, String otherLevel) {
        this.displayName = displayName;
        this.variable = variable;
        this.baselineLevel = baselineLevel;
        this.otherLevel = otherLevel;
    }

    /** The display name, as in Takemoto 2026 table_S2 (e.g. {@code Relation to AV}). */
    public String displayName() {
        return displayName;
    }

    /** The {@code SharedResponses.csv} column regressed on (methods §1.1). */
    public String variable() {
        return variable;
    }

    /** Level A, the regression baseline (x = 0), as it is written in the data. */
    public String baselineLevel() {
        return baselineLevel;
    }

    /** Level B, the other level (x = 1); a positive AMCE means a preference for sparing it. */
    public String otherLevel() {
        return otherLevel;
    }

    /**
     * The row's regressor in this attribute's regression (methods §2 "Subsets").
     *
     * @return 0 for the baseline level, 1 for the other level, {@link #NOT_IN_SUBSET} if the row is outside
     *     the subset or at neither level
     */
    public int level(AmceRow row) {
        return switch (this) {
            case INTERVENTION -> binary(row.intervention(), 0, 1);
            case RELATION_TO_AV ->
                row.crossingSignal() == 0 && row.pedPed() == 0 ? binary(row.barrier(), 1, 0) : NOT_IN_SUBSET;
            case LAW ->
                row.crossingSignal() != 0 && row.pedPed() == 1 ? binary(row.crossingSignal(), 2, 1) : NOT_IN_SUBSET;
            default ->
                acceptsScenarioType(row.scenarioType()) && acceptsScenarioType(row.scenarioTypeStrict())
                        ? attributeLevel(row.attributeLevel())
                        : NOT_IN_SUBSET;
        };
    }

    /**
     * The attribute whose display name is {@code name} (exact match, as in table_S2's {@code Label} column).
     *
     * @throws IllegalArgumentException if no attribute has that display name
     */
    public static AmceAttribute fromDisplayName(String name) {
        for (AmceAttribute a : values()) {
            if (a.displayName.equals(name)) {
                return a;
            }
        }
        throw new IllegalArgumentException("no AMCE attribute is named '" + name + "'");
    }

    /** The character attribute a {@code ScenarioType} value names, or null (e.g. {@code Random}). */
    static AmceAttribute forScenarioType(String scenarioType) {
        if (scenarioType == null) {
            return null;
        }
        return switch (scenarioType) {
            case "Gender" -> GENDER;
            case "Fitness" -> FITNESS;
            case "Social Status", "Social Value" -> SOCIAL_STATUS;
            case "Age" -> AGE;
            case "Utilitarian" -> NO_CHARACTERS;
            case "Species" -> SPECIES;
            default -> null;
        };
    }

    /** Whether a scenario-type column value names this (character) attribute. */
    boolean acceptsScenarioType(String scenarioType) {
        return this.ordinal() >= GENDER.ordinal() && forScenarioType(scenarioType) == this;
    }

    /** 0 / 1 / {@link #NOT_IN_SUBSET} for an {@code AttributeLevel} value of this character attribute. */
    int attributeLevel(String level) {
        return baselineLevel.equals(level) ? 0 : otherLevel.equals(level) ? 1 : NOT_IN_SUBSET;
    }

    private static int binary(int value, int baseline, int other) {
        return value == baseline ? 0 : value == other ? 1 : NOT_IN_SUBSET;
    }
}
