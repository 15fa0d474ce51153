package org.moralbase.choicepair.format;

import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/** Lists in metadata are stored as compact JSON arrays of strings: unambiguous whatever the items contain. */
public final class MetadataLists {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private MetadataLists() {}

    /** {@code ["a","b"]}. */
    public static String toJson(List<String> items) {
        return MAPPER.writeValueAsString(items);
    }
}
