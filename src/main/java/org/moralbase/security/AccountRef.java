package org.moralbase.security;

/** A short reference to an account, for showing owners and choosing whom to share with. */
public record AccountRef(long id, String username, String displayName) {}
