package org.moralbase.dvb;

/**
 * A stored DVB item as the researcher's pages list it.
 *
 * @param valuePair "v1 > v2"
 * @param dimension the shallow dimension's name, or "s1 / s2" when the poles match no known dimension
 * @param expectedChoice the test option that generalises the deep value, "A" or "B"
 * @param usable whether the item has example pairs, so people can be shown it
 */
public record DvbItemRow(
        long id,
        String key,
        String origin,
        int n,
        String valuePair,
        String valueSet,
        String dimension,
        String shallowPair,
        String context,
        String activity,
        String expectedChoice,
        boolean usable) {}
