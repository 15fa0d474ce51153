package org.moralbase.annotation;

import java.util.LinkedHashMap;
import java.util.SequencedMap;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Item metadata stored as a JSON object of strings, keeping the source's key order. */
final class MetadataJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> TYPE = new TypeReference<>() {};

    private MetadataJson() {}

    static String write(SequencedMap<String, String> metadata) {
        return JSON.writeValueAsString(metadata);
    }

    static SequencedMap<String, String> read(String json) {
        return json == null || json.isBlank() ? new LinkedHashMap<>() : JSON.readValue(json, TYPE);
    }
}
