package org.moralbase.cli.reliability;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.moralbase.stats.questionnaire.LikertScale;
import picocli.CommandLine;

/** Parses {@code --scale MIN-MAX} (e.g. 1-7, 0-10): a bad value is a usage error naming the option. */
final class ScaleOption implements CommandLine.ITypeConverter<LikertScale> {

    private static final Pattern RANGE = Pattern.compile("(-?\\d{1,6})-(-?\\d{1,6})");

    @Override
    public LikertScale convert(String value) {
        Matcher m = RANGE.matcher(value.strip());
        if (!m.matches()) {
            throw new CommandLine.TypeConversionException(
                    "expected the scale's lowest and highest points as MIN-MAX (e.g. 1-7), found '" + value + "'");
        }
        int min = Integer.parseInt(m.group(1));
        int max = Integer.parseInt(m.group(2));
        if (min >= max) {
            throw new CommandLine.TypeConversionException("expected MIN below MAX (e.g. 1-7), found '" + value + "'");
        }
        return new LikertScale(min, max);
    }
}
