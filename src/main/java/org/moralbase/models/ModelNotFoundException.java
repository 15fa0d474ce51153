package org.moralbase.models;

/** No such model or run, or one the signed-in account may not see. */
public class ModelNotFoundException extends RuntimeException {

    /** For a missing model or run. */
    public ModelNotFoundException(String what, long id) {
        super(what + " " + id + " not found");
    }
}
