package org.moralbase.dvb;

/** The two families of deep values; DVB pairs values only within one family (methods §4). */
public enum ValueSet {
    /** W. D. Ross's prima facie duties. */
    ROSS_DUTIES("Ross's duties"),
    /** Schwartz's social values. */
    SCHWARTZ_VALUES("Schwartz's values");

    private final String label;

    ValueSet(String label) {
        this.label = label;
    }

    /** The family's name as researchers read it. */
    public String label() {
        return label;
    }
}
