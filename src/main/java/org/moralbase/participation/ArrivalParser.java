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
 * with a {@link BadLinkException} naming the parameter; nothing from the URL is trusted as is.
 */
public final class ArrivalParser {

    /** The assignment id MTurk sends while a worker only previews a HIT. */
    public static final String MTURK_PREVIEW = "ASSIGNMENT_ID_NOT_AVAILABLE";

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,128}");

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
                        id(parameters, "PROLIFIC_PID", true),
                        id(parameters, "STUDY_ID", false),
                        id(parameters, "SESSION_ID", true),
                        null,
                        false);
            case MTURK -> mturk(parameters);
        };
    }

    private static Arrival mturk(Map<String, List<String>> parameters) {
        String assignment = id(parameters, "assignmentId", true);
        if (MTURK_PREVIEW.equals(assignment)) {
            return new Arrival(Source.MTURK, null, id(parameters, "hitId", false), null, null, true);
        }
        return new Arrival(
                Source.MTURK,
                id(parameters, "workerId", true),
                id(parameters, "hitId", false),
                assignment,
                submitTo(single(parameters, "turkSubmitTo")),
                false);
    }

    private static String id(Map<String, List<String>> parameters, String name, boolean required) {
        String value = single(parameters, name);
        if (value == null || value.isEmpty()) {
            if (required) {
                throw new BadLinkException(name, BadLinkException.Problem.MISSING);
            }
            return null;
        }
        if (!ID.matcher(value).matches()) {
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
