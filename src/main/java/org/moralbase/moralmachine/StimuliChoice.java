package org.moralbase.moralmachine;

/** Which characters a study shows: all 20 types, or only those Awad's published analysis kept. */
public enum StimuliChoice {
    ALL(Stimuli.ALL),
    AWAD_ANALYSIS(Stimuli.AWAD_ANALYSIS);

    private final Stimuli stimuli;

    StimuliChoice(Stimuli stimuli) {
        this.stimuli = stimuli;
    }

    /** The stimuli the generator draws from. */
    public Stimuli stimuli() {
        return stimuli;
    }
}
