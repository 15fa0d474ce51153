/**
 * Sending prompts to language models, plain Java (no Spring beans, no JPA, no Vaadin; {@code ArchitectureTest}): an
 * endpoint and its secret, one {@link org.moralbase.models.client.ModelClient} per provider API (OpenAI-compatible or
 * Ollama's native API, both on LangChain4j with its own retries off), retries with back-off that honour
 * Retry-After, and a {@link org.moralbase.models.client.BoundedRunner} that sends many prompts with bounded
 * concurrency. Raw answers come back untouched; each kind of study reads them. API keys never leave a {@link
 * org.moralbase.models.client.Secret} except in the Authorization header. Knows nothing else of {@code models}.
 */
package org.moralbase.models.client;
