/**
 * The registry's internals: API keys kept encrypted or named by environment variable ({@link
 * org.moralbase.models.registry.KeyVault}), the endpoint a run uses, and the registry's audit lines. Internal to
 * {@code models}.
 */
package org.moralbase.models.registry;
