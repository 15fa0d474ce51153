package org.moralbase.dvb.format;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.moralbase.choicepair.ModelAnswer;
import org.moralbase.choicepair.format.ModelAnswerFormat;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.ImportLimits;
import org.moralbase.dvb.DvbResult;
import org.moralbase.dvb.Generalization;
import org.moralbase.dvb.OptionLabel;

/**
 * Model answers to DVB prompts as a plain {@code item, model, answer} CSV (optional {@code order}), read as the
 * choice-pair answer table is ({@link ModelAnswerFormat}): the item is the {@code prompt_id}, the answer names
 * the option by the prompt's own label. Whether the deep value was generalised follows from the item's
 * expected deep-value choice; an answer that names no option is kept as unparseable.
 */
public final class PlainDvbAnswers {

    private static final Set<String> COLUMNS = Set.of("item", "model", "answer");

    private PlainDvbAnswers() {}

    /** Whether the file is such a table: a CSV whose header has item, model and answer but no prompt_id. */
    public static boolean matches(DatasetSource source) {
        if (!source.name().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return false;
        }
        String text = new String(source.content(), StandardCharsets.UTF_8).replace("\uFEFF", "");
        int end = text.indexOf('\n');
        List<String> header = Arrays.stream((end < 0 ? text : text.substring(0, end)).split(","))
                .map(c -> c.strip().replace("\"", "").toLowerCase(Locale.ROOT))
                .toList();
        return header.containsAll(COLUMNS) && !header.contains("prompt_id");
    }

    /**
     * Reads the table against the study's items.
     *
     * @param expected each item key's expected deep-value choice
     * @throws org.moralbase.dataimport.ImportException listing every located problem
     */
    public static List<DvbResult> read(DatasetSource source, Map<String, OptionLabel> expected, ImportLimits limits) {
        List<DvbResult> out = new ArrayList<>();
        for (ModelAnswer a : ModelAnswerFormat.read(source, expected.keySet(), limits)) {
            Generalization g = a.choice() == null
                    ? Generalization.UNPARSEABLE
                    : expected.get(a.itemKey()).name().equals(a.choice())
                            ? Generalization.GENERALIZED
                            : Generalization.NOT_GENERALIZED;
            Map<String, String> other = new LinkedHashMap<>();
            if (a.order() != null) {
                other.put("order", a.order());
            }
            out.add(new DvbResult(
                    a.itemKey(),
                    a.model(),
                    a.raw() == null ? "" : a.raw(),
                    a.choice() == null ? "" : OptionLabel.valueOf(a.choice()).text(),
                    g,
                    true,
                    new LinkedHashMap<>(other)));
        }
        return out;
    }
}
