package org.moralbase.moralgraph.format;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * MGE-shaped files of a chosen size for the import test and benchmark: a graph file with {@code cards} value cards
 * (title, a description and four policies of the lengths MGE's cards have, extra fields as in MGE's data) and {@code
 * edges} distinct edges with random counts; and raw vote records ({@code votes} of them, 2023 field {@code
 * relationship} on every other record) on {@code edges} pairs of those cards. Seeded: the same files each time.
 */
public final class GeneratedMgeFiles {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] TYPES = {"upgrade", "upgrade", "no_upgrade", "not_sure"};

    private GeneratedMgeFiles() {}

    public static String graph(int cards, int edges, long seed) {
        Random random = new Random(seed);
        ObjectNode root = JSON.createObjectNode();
        ArrayNode values = root.putArray("values");
        for (int i = 0; i < cards; i++) {
            ObjectNode v = values.addObject();
            v.put("id", 1000 + i);
            v.put("title", "Value " + i);
            v.put("description", "ChatGPT should attend to what matters in situation " + i + " with care and respect.");
            v.put("instructionsDetailed", "x".repeat(300));
            ArrayNode policies = v.putArray("policies");
            for (int k = 0; k < 4; k++) {
                policies.add("MOMENTS when the person notices thing " + k + " of value " + i + ", and what follows");
            }
            v.put("createdAt", "2023-09-11T17:04:16.370Z");
        }
        ArrayNode out = root.putArray("edges");
        for (long[] p : pairs(cards, edges, random)) {
            ObjectNode e = out.addObject();
            e.put("sourceValueId", p[0]);
            e.put("wiserValueId", p[1]);
            e.putArray("contexts").add("When context " + random.nextInt(20) + " holds");
            int wiser = random.nextInt(30);
            int notWiser = random.nextInt(8);
            int lessWise = random.nextInt(3);
            int unsure = random.nextInt(8);
            ObjectNode c = e.putObject("counts");
            c.put("markedWiser", wiser);
            c.put("markedNotWiser", notWiser);
            c.put("markedLessWise", lessWise);
            c.put("markedUnsure", unsure);
            c.put("impressions", wiser + notWiser + unsure + lessWise + random.nextInt(4));
            ObjectNode s = e.putObject("summary");
            s.put("wiserLikelihood", 0.5);
            s.put("entropy", 1.5);
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    public static String votes(int cards, int pairs, int votes, long seed) {
        Random random = new Random(seed);
        List<long[]> on = pairs(cards, pairs, random);
        ArrayNode out = JSON.createArrayNode();
        for (int i = 0; i < votes; i++) {
            long[] p = on.get(random.nextInt(on.size()));
            ObjectNode v = out.addObject();
            v.put("userId", random.nextInt(400));
            v.put("fromId", p[0]);
            v.put("toId", p[1]);
            v.put("story", "A short story of a change of mind, as MGE shows beside each transition.");
            v.put("contextId", "When context " + random.nextInt(20) + " holds");
            v.put(i % 2 == 0 ? "type" : "relationship", TYPES[random.nextInt(TYPES.length)]);
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(out);
    }

    private static List<long[]> pairs(int cards, int count, Random random) {
        Set<List<Long>> seen = new LinkedHashSet<>();
        while (seen.size() < count) {
            long a = 1000 + random.nextInt(cards);
            long b = 1000 + random.nextInt(cards);
            if (a != b) {
                seen.add(List.of(a, b));
            }
        }
        List<long[]> out = new ArrayList<>();
        seen.forEach(p -> out.add(new long[] {p.get(0), p.get(1)}));
        return out;
    }
}
