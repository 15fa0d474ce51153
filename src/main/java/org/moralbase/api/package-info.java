/**
 * The public REST API under {@code /api/v1} (issue 13, decision 0023): personal access tokens and what a token may
 * do. The root holds the token service and its records; {@code rest} the controllers, the stateless filter chain,
 * problem details and rate limits; {@code ui} the researcher's tokens page; {@code domain} the stored tokens. Every
 * call acts as the token's owner through other features' root services, with their access checks.
 */
package org.moralbase.api;
