package org.moralbase.annotation;

/** A project that does not exist or that the signed-in account may not see: the same answer for both. */
public class ProjectNotFoundException extends RuntimeException {

    /** For the project id asked for. */
    public ProjectNotFoundException(long id) {
        super("No annotation project " + id);
    }
}
