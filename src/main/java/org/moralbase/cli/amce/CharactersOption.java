package org.moralbase.cli.amce;

import java.util.Locale;
import org.moralbase.stats.amce.CharactersDefinition;
import picocli.CommandLine;

/** Reads {@code --characters pooled|max-stratum} and writes the same spelling back. */
public final class CharactersOption implements CommandLine.ITypeConverter<CharactersDefinition> {

    @Override
    public CharactersDefinition convert(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "pooled" -> CharactersDefinition.POOLED;
            case "max-stratum", "max_stratum", "maxstratum" -> CharactersDefinition.MAX_STRATUM;
            default ->
                throw new CommandLine.TypeConversionException("expected pooled or max-stratum, found '" + value + "'");
        };
    }

    /** The command-line spelling: {@code pooled} or {@code max-stratum}. */
    public static String name(CharactersDefinition definition) {
        return definition.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
