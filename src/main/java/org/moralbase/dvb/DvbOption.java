package org.moralbase.dvb;

/**
 * One option of a built trial, tagged with what it expresses so the confound can be checked.
 *
 * @param text the option text
 * @param value the deep value it expresses
 * @param pole the shallow pole it expresses
 */
public record DvbOption(String text, DeepValue value, String pole) {

    /** Checks all parts are present. */
    public DvbOption {
        if (text == null || text.isBlank() || value == null || pole == null || pole.isBlank()) {
            throw new IllegalArgumentException("option text, value and pole must be given");
        }
    }
}
