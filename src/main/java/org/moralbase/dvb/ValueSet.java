package org.moralbase.dvb;

/** The two families of deep values; DVB pairs values only within one family (methods §4). */
public enum ValueSet {
    /** W. D. Ross's prima facie duties. */
    ROSS_DUTIES,
    /** Schwartz's social values. */
    SCHWARTZ_VALUES
}
