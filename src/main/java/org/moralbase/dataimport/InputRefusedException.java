package org.moralbase.dataimport;

import java.io.IOException;

/**
 * An upload or file refused while it was being read: too many bytes, too many unpacked bytes, or text that is not
 * UTF-8. The message is meant for the person who sent the file and says what to do.
 */
public final class InputRefusedException extends IOException {

    private static final long serialVersionUID = 1L;

    public InputRefusedException(String message) {
        super(message);
    }
}
