package org.moralbase.security;

import java.util.Set;

/** What an admin fills in to create an account. */
public record NewUser(String username, String displayName, String password, Set<String> roles) {}
