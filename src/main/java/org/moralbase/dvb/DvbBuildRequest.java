package org.moralbase.dvb;

/**
 * What the DVB item builder form submits: the value pair, the shallow dimension, the context, N and the option
 * texts (methods §4). Validated by {@link DvbTrialBuilder} and {@link ConfoundCheck}.
 */
public record DvbBuildRequest(
        ValuePair values, ShallowDimension dimension, DvbContext context, int n, OptionTexts texts) {}
