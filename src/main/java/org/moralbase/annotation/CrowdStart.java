package org.moralbase.annotation;

/** What became of a crowd worker's arrival through a project's public link. */
public sealed interface CrowdStart {

    /** The worker may go on; {@code workerId} is their unguessable id for the work page. */
    record Ready(String workerId) implements CrowdStart {}

    /** An MTurk preview: show the task, store nothing. */
    record Preview() implements CrowdStart {}

    /** No open crowd link behind this code. */
    record NotFound() implements CrowdStart {}

    /**
     * A recruitment parameter is missing or malformed; the message names it in English, {@code translationKey} with
     * {@code parameter} says it in the worker's language.
     */
    record BadLink(String message, String parameter, String translationKey) implements CrowdStart {}
}
