package org.moralbase.dvb;

/** A quota cell (N, value set, context) and the trial slots it has given out. */
public record DvbQuotaRow(int n, String valueSet, String context, int filled) {}
