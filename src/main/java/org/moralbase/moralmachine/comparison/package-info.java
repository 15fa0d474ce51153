/**
 * Models beside people on Moral Machine dilemmas (methods §2–3; decisions 0009, 0011): a run's AMCEs from its stored
 * answers, D to a human baseline (Awad 2018 or a study's live AMCEs), the scaling analysis over registry models, the
 * models on a participant's closing page, and the import of a model's {@code SharedResponses.csv}. Reads the models
 * feature's runs and answers through its public services.
 */
package org.moralbase.moralmachine.comparison;
