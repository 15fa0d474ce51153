package org.moralbase.models;

/** Where a model run stands. */
public enum RunStatus {
    /** Sending prompts (or due to resume after a restart). */
    RUNNING,
    /** Held: no new prompts start until resumed; survives a restart as paused. */
    PAUSED,
    /** Every prompt has its outcome. */
    FINISHED,
    /** Stopped by a researcher; prompts not asked are stored as cancelled. */
    CANCELLED;

    /** Whether the run may still change. */
    public boolean active() {
        return this == RUNNING || this == PAUSED;
    }
}
