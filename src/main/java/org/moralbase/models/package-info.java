/**
 * Client layer for sending dilemmas to language models: endpoints and secrets, one {@link
 * org.moralbase.models.ModelClient} per provider API (OpenAI-compatible or Ollama's native API, both on
 * LangChain4j with its own retries off), our {@link org.moralbase.models.RetryPolicy}, and a {@link
 * org.moralbase.models.BoundedRunner} that sends many prompts with bounded concurrency. Plain Java: no
 * Spring, no JPA. Raw answers are returned untouched; parsing "Case 1"/"Case 2" happens elsewhere (methods
 * §1.4). API keys never leave a {@link org.moralbase.models.Secret} except in the Authorization header.
 */
package org.moralbase.models;
