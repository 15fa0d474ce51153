package org.moralbase.choicepair.format;

import org.moralbase.dataimport.format.FileShape;
import org.springframework.stereotype.Component;

/** The generic binary-choice format as CSV ({@link GenericChoiceFormat}). */
@Component
public final class GenericCsvFormat extends GenericChoiceFormat {

    /** The format's id, stored with every item. */
    public static final String FORMAT_ID = "GENERIC_CSV";

    public GenericCsvFormat() {
        super(FORMAT_ID, "Generic CSV", FileShape.CSV, "the columns context, option_a and option_b (id optional)");
    }
}
