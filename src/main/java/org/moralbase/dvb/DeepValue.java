package org.moralbase.dvb;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The 11 DVB deep values: 6 Ross duties and 5 Schwartz values (methods §4). */
public enum DeepValue {
    FIDELITY(ValueSet.ROSS_DUTIES),
    REPARATION(ValueSet.ROSS_DUTIES),
    JUSTICE(ValueSet.ROSS_DUTIES),
    BENEFICENCE(ValueSet.ROSS_DUTIES),
    SELF_IMPROVEMENT(ValueSet.ROSS_DUTIES),
    NON_MALEFICENCE(ValueSet.ROSS_DUTIES),
    SECURITY(ValueSet.SCHWARTZ_VALUES),
    CONFORMITY(ValueSet.SCHWARTZ_VALUES),
    TRADITION(ValueSet.SCHWARTZ_VALUES),
    BENEVOLENCE(ValueSet.SCHWARTZ_VALUES),
    UNIVERSALISM(ValueSet.SCHWARTZ_VALUES);

    private final ValueSet set;

    DeepValue(ValueSet set) {
        this.set = set;
    }

    /** The family this value belongs to. */
    public ValueSet set() {
        return set;
    }

    /** The identifier used in files, e.g. {@code self_improvement}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether DVB may pair this value with {@code other}: different values of the same family. */
    public boolean canPairWith(DeepValue other) {
        return other != null && other != this && other.set == set;
    }

    /**
     * Parses {@code self_improvement}, {@code Self-Improvement} or {@code self improvement} alike.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static DeepValue parse(String text) {
        if (text != null) {
            String id = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
            for (DeepValue value : values()) {
                if (value.name().equals(id)) {
                    return value;
                }
            }
        }
        throw new IllegalArgumentException("unknown deep value '" + text + "'; expected one of "
                + java.util.Arrays.stream(values()).map(DeepValue::id).toList());
    }

    /** All ordered pairs (preferred, less preferred) within a family: 6·5 + 5·4 = 50. */
    public static List<List<DeepValue>> orderedPairs() {
        List<List<DeepValue>> pairs = new ArrayList<>();
        for (DeepValue preferred : values()) {
            for (DeepValue less : values()) {
                if (preferred.canPairWith(less)) {
                    pairs.add(List.of(preferred, less));
                }
            }
        }
        return pairs;
    }
}
