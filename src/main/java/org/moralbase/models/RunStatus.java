package org.moralbase.models;

/** Where a model run stands. */
public enum RunStatus {
    /** Sending prompts (or due to resume after a restart). */
    RUNNING("Running"),
    /** Held: no new prompts start until resumed; survives a restart as paused. */
    PAUSED("Paused"),
    /** Every prompt has its outcome. */
    FINISHED("Finished"),
    /** Stopped by a researcher; prompts not asked are stored as cancelled. */
    CANCELLED("Cancelled");

    private final String label;

    RunStatus(String label) {
        this.label = label;
    }

    /** The word researchers see. */
    public String label() {
        return label;
    }

    /** Whether the run may still change. */
    public boolean active() {
        return this == RUNNING || this == PAUSED;
    }
}
