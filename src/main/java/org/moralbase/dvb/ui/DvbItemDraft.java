package org.moralbase.dvb.ui;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.moralbase.dvb.DeepValue;
import org.moralbase.dvb.DvbBuildRequest;
import org.moralbase.dvb.DvbContext;
import org.moralbase.dvb.OptionTexts;
import org.moralbase.dvb.ShallowDimension;
import org.moralbase.dvb.ValuePair;

/**
 * The item builder's fields, one component each (public: the form's binder builds it). The constructor checks what
 * spans two fields, naming the second; {@code DvbItems.build} then checks the trial's design.
 */
public record DvbItemDraft(
        @NotNull(message = "Preferred value (v1): choose one")
        DeepValue v1,

        @NotBlank(message = "Definition of v1: say what the value means")
        String v1Definition,

        @NotNull(message = "Less preferred value (v2): choose one")
        DeepValue v2,

        @NotBlank(message = "Definition of v2: say what the value means")
        String v2Definition,

        @NotBlank(message = "Shallow dimension: name it, e.g. Humor")
        String dimension,

        @NotBlank(message = "Pole s1: name it, e.g. Humorous")
        String pole1,

        @NotBlank(message = "Pole s2: name it, e.g. Serious")
        String pole2,

        @NotBlank(message = "Context: choose one or type your own")
        String context,

        @NotBlank(message = "Activity: what the user is doing in the context")
        String activity,

        int n,

        @NotEmpty(message = "Training (v1, s1): one text, or one line per training choice")
        List<String> v1s1,

        @NotEmpty(message = "Training (v2, s2): one text, or one line per training choice")
        List<String> v2s2,

        @NotBlank(message = "Test (v1, s2): the deep-value option's text")
        String v1s2,

        @NotBlank(message = "Test (v2, s1): the shallow option's text")
        String v2s1) {

    /** Checks what spans two fields. */
    public DvbItemDraft {
        if (v1 != null && v2 != null && !v1.canPairWith(v2)) {
            throw new IllegalArgumentException("Less preferred value (v2): another value of v1's family ("
                    + v1.set().label() + ")");
        }
        if (pole1 != null && pole1.equals(pole2)) {
            throw new IllegalArgumentException("Pole s2: must differ from s1");
        }
        if (v1s1 != null && v2s2 != null && v1s1.size() != v2s2.size()) {
            throw new IllegalArgumentException(
                    "Training (v2, s2): as many lines as (v1, s1), which has " + v1s1.size());
        }
    }

    /** The request {@code DvbItems.build} takes. */
    DvbBuildRequest request() {
        return new DvbBuildRequest(
                new ValuePair(v1, v1Definition, v2, v2Definition),
                new ShallowDimension(dimension, pole1, pole2),
                new DvbContext(context, activity),
                n,
                new OptionTexts(v1s1, v2s2, v1s2, v2s1));
    }
}
