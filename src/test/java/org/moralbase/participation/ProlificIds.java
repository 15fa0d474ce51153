package org.moralbase.participation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Prolific ids of the real form (24 hex digits) for tests, the same for the same name. */
public final class ProlificIds {

    private ProlificIds() {}

    /** A 24-hex-digit id derived from {@code name}. */
    public static String of(String name) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A Prolific link's query: {@code ?PROLIFIC_PID=…&STUDY_ID=…&SESSION_ID=…}, each of the real form. */
    public static String query(String participant, String study, String session) {
        return "?PROLIFIC_PID=" + of(participant) + "&STUDY_ID=" + of(study) + "&SESSION_ID=" + of(session);
    }
}
