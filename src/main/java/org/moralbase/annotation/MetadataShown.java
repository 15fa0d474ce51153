package org.moralbase.annotation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;

/**
 * What of an item's source metadata annotators see. Metadata holds the dataset's own labels (a dataset's gold or
 * majority labels, MoralChoice's rule flags, Scruples' {@code gold_less_ethical}), which would tell annotators an
 * answer, so a project shows none until its researcher chooses; the project's own gold answers
 * ({@code gold_<question>}) are never shown.
 *
 * @param mode none, the chosen fields, or all
 * @param fields the chosen fields, in the order shown (used with {@link Mode#CHOSEN} only)
 */
public record MetadataShown(Mode mode, List<String> fields) {

    /** What a project shows until its researcher chooses. */
    public static final MetadataShown NONE = new MetadataShown(Mode.NONE, List.of());

    /** How much is shown. */
    public enum Mode {
        NONE("None (the dataset's labels stay hidden)"),
        CHOSEN("Chosen fields"),
        ALL("All fields");

        private final String label;

        Mode(String label) {
            this.label = label;
        }

        /** As the settings form shows it. */
        public String label() {
            return label;
        }
    }

    /** Checks the mode and copies the fields (stripped, without blanks and repeats). */
    public MetadataShown {
        if (mode == null) {
            throw new IllegalArgumentException("Metadata shown: choose none, chosen fields or all");
        }
        fields = fields == null
                ? List.of()
                : fields.stream()
                        .map(String::strip)
                        .filter(f -> !f.isEmpty())
                        .distinct()
                        .toList();
        if (mode == Mode.CHOSEN && fields.isEmpty()) {
            throw new IllegalArgumentException("Metadata fields: choose at least one field, or show none");
        }
        if (mode != Mode.CHOSEN) {
            fields = List.of();
        }
    }

    /** The part of an item's metadata annotators see, in the order chosen (or the source's order for all). */
    public SequencedMap<String, String> apply(SequencedMap<String, String> metadata) {
        SequencedMap<String, String> shown = new LinkedHashMap<>();
        switch (mode) {
            case NONE -> {}
            case ALL -> metadata.forEach(shown::put);
            case CHOSEN ->
                fields.forEach(f -> {
                    if (metadata.containsKey(f)) {
                        shown.put(f, metadata.get(f));
                    }
                });
        }
        shown.keySet().removeIf(k -> k.startsWith(ItemImportService.GOLD_PREFIX));
        return shown;
    }

    static MetadataShown of(String mode, String fields) {
        Mode m = mode == null ? Mode.NONE : Mode.valueOf(mode);
        List<String> list = fields == null || fields.isBlank() ? List.of() : List.of(fields.split("\n"));
        return m == Mode.CHOSEN && list.isEmpty() ? NONE : new MetadataShown(m, list);
    }

    String storedFields() {
        return String.join("\n", fields);
    }
}
