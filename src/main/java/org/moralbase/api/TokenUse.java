package org.moralbase.api;

/** A token that authenticated a request: which one and whose. */
public record TokenUse(long tokenId, String tokenName, long ownerId) {}
