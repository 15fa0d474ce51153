package org.moralbase.moralmachine;

/** The two scenario designs of methods §1.3; a study records which one it used. */
public enum GeneratorMode {
    /** The website's design (Awad 2018): 13-scenario sessions, design probabilities of §1.3. */
    AWAD,
    /** The LLM studies' design (Takemoto 2024/2026): uniform dimension, 50/50 flags, no Random. */
    TAKEMOTO
}
