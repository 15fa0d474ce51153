/**
 * The REST API over HTTP: controllers under {@code /api/v1}, the stateless filter chains (HTTP Basic only to make a
 * token, bearer tokens for the rest), rate limits per token, and RFC 9457 problem details for every error
 * (decision 0023).
 */
package org.moralbase.api.rest;
