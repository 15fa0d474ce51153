package org.moralbase.choicepair.format;

import org.moralbase.dataimport.format.FileShape;
import org.springframework.stereotype.Component;

/** The generic binary-choice format as JSON Lines ({@link GenericChoiceFormat}). */
@Component
public final class GenericJsonLinesFormat extends GenericChoiceFormat {

    /** The format's id, stored with every item. */
    public static final String FORMAT_ID = "GENERIC_JSONL";

    public GenericJsonLinesFormat() {
        super(
                FORMAT_ID,
                "Generic JSON Lines",
                FileShape.JSON_LINES,
                "the fields option_a and option_b (context and id optional)");
    }
}
