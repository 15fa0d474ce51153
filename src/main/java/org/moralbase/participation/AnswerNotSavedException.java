package org.moralbase.participation;

/** The database stayed unreachable while saving an answer: the participant must be told to retry. */
public class AnswerNotSavedException extends RuntimeException {

    public AnswerNotSavedException(Throwable cause) {
        super("The answer could not be saved because the database is unreachable", cause);
    }
}
