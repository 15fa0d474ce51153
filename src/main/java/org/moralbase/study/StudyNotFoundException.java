package org.moralbase.study;

/** A study that does not exist or that the signed-in account may not see; the two are not told apart. */
public class StudyNotFoundException extends RuntimeException {

    public StudyNotFoundException(long id) {
        super("No study " + id + " visible to you");
    }
}
