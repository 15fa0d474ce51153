package org.moralbase.moralgraph.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.ImportLimits;
import org.moralbase.dataimport.ImportProblem;
import org.moralbase.dataimport.ProblemLog;
import org.moralbase.dataimport.text.JsonFields;
import org.moralbase.dataimport.text.JsonReader;
import org.moralbase.dataimport.text.JsonRow;
import org.moralbase.dataimport.text.Utf8Text;
import org.moralbase.stats.moralgraph.TransitionVote;
import org.moralbase.stats.moralgraph.VoteType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * MGE's raw vote records (docs/formats.md, "Moral graph"): a JSON array (or JSON Lines) of objects with {@code fromId},
 * {@code toId}, {@code contextId} and {@code type} — in MGE's 2023 files {@code relationship} — of {@code upgrade},
 * {@code no_upgrade} or {@code not_sure}; other fields ({@code userId}, {@code story}, …) are ignored. Reading is
 * all-or-nothing: every problem is named by its element (index and line) and field.
 */
public final class VoteFiles {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private VoteFiles() {}

    /** Whether the text is vote records (a JSON array, or JSON Lines with a {@code fromId}) rather than a graph. */
    public static boolean looksLikeVotes(String text) {
        String start = text.stripLeading();
        if (start.startsWith("[")) {
            return true;
        }
        JsonNode first = JsonReader.firstObject(start);
        return first != null && first.has("fromId");
    }

    /**
     * The votes of the file.
     *
     * @throws org.moralbase.dataimport.ImportException listing every problem (a missing id, an unknown type, a
     *     transition from a value to itself, no votes at all)
     */
    public static List<TransitionVote> read(DatasetSource source) {
        return read(source, null);
    }

    /**
     * The votes of the file, each of whose values must be one of {@code knownValueIds} (null: any).
     *
     * @throws org.moralbase.dataimport.ImportException as {@link #read(DatasetSource)}, and for a vote on an unknown
     *     value
     */
    public static List<TransitionVote> read(DatasetSource source, Set<Long> knownValueIds) {
        ImportLimits limits = ImportLimits.withDefaults();
        ProblemLog log = new ProblemLog(limits);
        String text = Utf8Text.decode(source, limits, log);
        List<JsonRow> rows = text.stripLeading().startsWith("[")
                ? JsonReader.readArray(source.name(), text, limits, log)
                : JsonReader.readLines(source.name(), text, limits, log);
        List<TransitionVote> votes = new ArrayList<>(rows.size());
        for (JsonRow row : rows) {
            JsonFields fields = row.fields(log);
            TransitionVote vote = vote(fields);
            if (vote != null && knownValueIds != null) {
                if (!knownValueIds.contains(vote.fromId())) {
                    fields.problem("fromId", "no value has id " + vote.fromId());
                    vote = null;
                } else if (!knownValueIds.contains(vote.toId())) {
                    fields.problem("toId", "no value has id " + vote.toId());
                    vote = null;
                }
            }
            if (vote != null) {
                votes.add(vote);
            }
        }
        if (votes.isEmpty() && log.isEmpty()) {
            log.add(ImportProblem.inFile(source.name(), null, "no votes: the file holds none"));
        }
        log.throwIfAny();
        return votes;
    }

    private static TransitionVote vote(JsonFields at) {
        Long from = at.longInteger("fromId");
        Long to = at.longInteger("toId");
        String context = at.text("contextId");
        VoteType type = type(at);
        if (from == null || to == null || context == null || type == null) {
            return null;
        }
        if (from.equals(to)) {
            at.problem("toId", "a transition from value " + from + " to itself");
            return null;
        }
        return new TransitionVote(from, to, context, type);
    }

    private static VoteType type(JsonFields at) {
        boolean hasType = at.raw("type") != null;
        boolean hasRelationship = at.raw("relationship") != null;
        if (!hasType && !hasRelationship) {
            at.problem("type", "is missing (nor is there a relationship field, as in MGE's 2023 files)");
            return null;
        }
        String field = hasType ? "type" : "relationship";
        String word = at.text(field);
        if (word == null) {
            return null;
        }
        VoteType type = VoteType.fromCode(word);
        if (type == null) {
            at.problem(field, "expected upgrade, no_upgrade or not_sure, found '" + word + "'");
            return null;
        }
        if (hasType && hasRelationship) {
            String other = at.text("relationship");
            if (other != null && VoteType.fromCode(other) != type) {
                at.problem("relationship", "says '" + other + "' but type says '" + word + "'");
                return null;
            }
        }
        return type;
    }

    /** The votes as MGE's records: a JSON array of {@code {fromId, toId, contextId, type}}. */
    public static String write(List<TransitionVote> votes) {
        ArrayNode out = JSON.createArrayNode();
        for (TransitionVote v : votes) {
            ObjectNode o = out.addObject();
            o.put("fromId", v.fromId());
            o.put("toId", v.toId());
            o.put("contextId", v.contextId());
            o.put("type", v.type().code());
        }
        return JSON.writeValueAsString(out);
    }
}
