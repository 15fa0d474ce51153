package org.moralbase.security;

import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.scoring.Result;

/**
 * Refuses passwords that are easy to guess: nbvcxz estimates the guesses a password needs from the common and
 * breached passwords, words, names, keyboard runs, repeats and dates in its shipped dictionaries; below its minimum
 * entropy the password is refused with its own reason. The message never repeats the password.
 */
final class PasswordStrength {

    private static final Nbvcxz ESTIMATOR = new Nbvcxz();

    private PasswordStrength() {}

    /** Throws {@link IllegalArgumentException} with a "Password: …" message when the password is too easy to guess. */
    static void check(String password) {
        Result result = ESTIMATOR.estimate(password);
        if (!result.isMinimumEntropyMet()) {
            String warning =
                    result.getFeedback() == null ? null : result.getFeedback().getWarning();
            throw new IllegalArgumentException("Password: too easy to guess"
                    + (warning == null ? "" : " (" + warning.replaceAll("\\.$", "") + ")")
                    + "; use several uncommon words or a longer phrase");
        }
    }
}
