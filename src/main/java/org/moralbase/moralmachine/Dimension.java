package org.moralbase.moralmachine;

import java.util.Optional;

/**
 * The scenario type (dimension) of a Moral Machine scenario (methods §1.1), with the {@code ScenarioType}
 * label and {@code AttributeLevel} values exactly as spelled in {@code SharedResponses.csv}.
 *
 * <p>{@link #baselineLevel()} is level A of §1.1 (the regression baseline), {@link #preferredLevel()} level
 * B. {@link #defaultChoice()} / {@link #nonDefaultChoice()} are the values Awad's data stores in the
 * {@code DefaultChoice} / {@code NonDefaultChoice} columns (for Gender the default is {@code Male}, for the
 * others the preferred level); they are {@code null} for {@link #RANDOM}, as in the data.
 */
public enum Dimension {
    /** Gender: {@code Male} → {@code Female}. */
    GENDER("Gender", "Male", "Female", "Male", "Female"),
    /** Fitness: {@code Fat} → {@code Fit}. */
    FITNESS("Fitness", "Fat", "Fit", "Fit", "Fat"),
    /** Social status: {@code Low} → {@code High} (Takemoto's files write {@code Social Value}). */
    SOCIAL_STATUS("Social Status", "Low", "High", "High", "Low"),
    /** Age: {@code Old} → {@code Young}. */
    AGE("Age", "Old", "Young", "Young", "Old"),
    /** Number of characters: {@code Less} → {@code More}. */
    UTILITARIAN("Utilitarian", "Less", "More", "More", "Less"),
    /** Species: {@code Pets} → {@code Hoomans} (sic, the data's spelling). */
    SPECIES("Species", "Pets", "Hoomans", "Hoomans", "Pets"),
    /** Two random groups (Awad sessions only); both levels are {@code Rand}. */
    RANDOM("Random", "Rand", "Rand", null, null);

    /** The label Takemoto's code writes for {@link #SOCIAL_STATUS}. */
    public static final String TAKEMOTO_SOCIAL_STATUS_LABEL = "Social Value";

    private final String label;
    private final String baselineLevel;
    private final String preferredLevel;
    private final String defaultChoice;
    private final String nonDefaultChoice;

    Dimension(String label, String baseline, String preferred, String defaultChoice, String nonDefault) {
        this.label = label;
        this.baselineLevel = baseline;
        this.preferredLevel = preferred;
        this.defaultChoice = defaultChoice;
        this.nonDefaultChoice = nonDefault;
    }

    /** The {@code ScenarioType} / {@code ScenarioTypeStrict} value, e.g. {@code Social Status}. */
    public String label() {
        return label;
    }

    /** Level A of methods §1.1, e.g. {@code Male}; {@code Rand} for {@link #RANDOM}. */
    public String baselineLevel() {
        return baselineLevel;
    }

    /** Level B of methods §1.1, e.g. {@code Female}; {@code Rand} for {@link #RANDOM}. */
    public String preferredLevel() {
        return preferredLevel;
    }

    /** The {@code DefaultChoice} column value, or {@code null} for {@link #RANDOM}. */
    public String defaultChoice() {
        return defaultChoice;
    }

    /** The {@code NonDefaultChoice} column value, or {@code null} for {@link #RANDOM}. */
    public String nonDefaultChoice() {
        return nonDefaultChoice;
    }

    /** True for the six character attributes (everything but {@link #RANDOM}). */
    public boolean isCharacterAttribute() {
        return this != RANDOM;
    }

    /**
     * The dimension with this {@code ScenarioType} label; Takemoto's {@code Social Value} maps to {@link
     * #SOCIAL_STATUS}.
     */
    public static Optional<Dimension> fromLabel(String label) {
        if (TAKEMOTO_SOCIAL_STATUS_LABEL.equals(label)) {
            return Optional.of(SOCIAL_STATUS);
        }
        for (Dimension d : values()) {
            if (d.label.equals(label)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
