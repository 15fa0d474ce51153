package org.moralbase.participation;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.moralbase.study.Recruitment;

/**
 * Reads a participant's URL parameters. Prolific sends PROLIFIC_PID, STUDY_ID and SESSION_ID; MTurk sends
 * workerId, assignmentId, hitId and turkSubmitTo (assignmentId = ASSIGNMENT_ID_NOT_AVAILABLE while previewing).
 * All of them are required, as the links Moralbase gives out carry them. Anything missing or malformed is refused
 * with a {@link BadLinkException} naming the parameter; nothing from the URL is trusted as is. Prolific's three ids
 * are 24 hexadecimal digits (Prolific's object ids), so a made-up PROLIFIC_PID is refused; MTurk documents only
 * "up to 255 bytes" for its ids (in practice upper-case letters and digits: worker ids of 12 to 14+ starting with A,
 * assignment and HIT ids of 30), so they are held to letters and digits, 10 to 64 of them.
 */
public final class ArrivalParser {

    /** The assignment id MTurk sends while a worker only previews a HIT. */
    public static final String MTURK_PREVIEW = "ASSIGNMENT_ID_NOT_AVAILABLE";

    private static final Pattern PROLIFIC_ID = Pattern.compile("[0-9a-fA-F]{24}");

    private static final Pattern MTURK_ID = Pattern.compile("[A-Za-z0-9]{10,64}");

    private ArrivalParser() {}

    /**
     * The arrival for a study recruited as {@code recruitment}.
     *
     * @throws IllegalArgumentException naming the missing or malformed parameter
     */
    public static Arrival parse(Recruitment recruitment, Map<String, List<String>> parameters) {
        return switch (recruitment) {
            case LINK -> Arrival.publicLink();
            case PROLIFIC ->
                new Arrival(
                        Source.PROLIFIC,
                        id(parameters, "PROLIFIC_PID", true, PROLIFIC_ID),
                        id(parameters, "STUDY_ID", false, PROLIFIC_ID),
                        id(parameters, "SESSION_ID", true, PROLIFIC_ID),
                        null,
                        false);
            case MTURK -> mturk(parameters);
        };
    }

    private static Arrival mturk(Map<String, List<String>> parameters) {
        if (MTURK_PREVIEW.equals(single(parameters, "assignmentId"))) {
            return new Arrival(Source.MTURK, null, id(parameters, "hitId", false, MTURK_ID), null, null, true);
        }
        return new Arrival(
                Source.MTURK,
                id(parameters, "workerId", true, MTURK_ID),
                id(parameters, "hitId", false, MTURK_ID),
                id(parameters, "assignmentId", true, MTURK_ID),
                submitTo(single(parameters, "turkSubmitTo")),
                false);
    }

    private static String id(Map<String, List<String>> parameters, String name, boolean required, Pattern form) {
        String value = single(parameters, name);
        if (value == null || value.isEmpty()) {
            if (required) {
                throw new BadLinkException(name, BadLinkException.Problem.MISSING);
            }
            return null;
        }
        if (!form.matcher(value).matches()) {
            throw new BadLinkException(name, BadLinkException.Problem.INVALID);
        }
        return value;
    }

    private static String single(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.getOrDefault(name, List.of());
        if (values.size() > 1) {
            throw new BadLinkException(name, BadLinkException.Problem.REPEATED);
        }
        return values.isEmpty() ? null : values.getFirst().strip();
    }

    private static String submitTo(String value) {
        if (value == null) {
            throw new BadLinkException("turkSubmitTo", BadLinkException.Problem.MISSING);
        }
        URI uri;
        try {
            uri = URI.create(value);
        } catch (IllegalArgumentException e) {
            throw new BadLinkException("turkSubmitTo", BadLinkException.Problem.INVALID);
        }
        String host = uri.getHost() == null ? "" : uri.getHost();
        // only MTurk's own hosts: the submit URL must not send workers elsewhere
        if (!"https".equals(uri.getScheme())
                || !(host.equals("www.mturk.com") || host.equals("workersandbox.mturk.com"))) {
            throw new BadLinkException("turkSubmitTo", BadLinkException.Problem.NOT_MTURK);
        }
        return "https://" + host;
    }
}
