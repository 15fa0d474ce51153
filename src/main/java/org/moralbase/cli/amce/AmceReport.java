package org.moralbase.cli.amce;

import java.util.List;
import java.util.Locale;
import org.moralbase.stats.amce.AmceEstimate;
import org.moralbase.stats.amce.AmceResult;

/**
 * What {@code analyze amce --json} prints, exactly (docs/cli.md): the SE type, the No. Characters definition,
 * the nine estimates in methods §1.1 order and the four No. Characters strata.
 */
public record AmceReport(String seType, String characters, List<Estimate> estimates, List<Stratum> characterStrata) {

    /** One AMCE with its SE, 95% interval, rows n and clusters G of its regression. */
    public record Estimate(
            String attribute,
            double estimate,
            double standardError,
            double ciLow,
            double ciHigh,
            long rows,
            long clusters) {}

    /** The No. Characters AMCE on rows with {@code DiffNumberOFCharacters == difference}. */
    public record Stratum(int difference, double estimate, double standardError, long rows) {}

    /** The report of a result. */
    static AmceReport of(AmceResult r) {
        List<Estimate> estimates = r.estimates().stream()
                .map(e -> new Estimate(
                        e.attribute().displayName(),
                        e.estimate(),
                        e.standardError(),
                        e.ciLow(),
                        e.ciHigh(),
                        e.rows(),
                        e.clusters()))
                .toList();
        List<Stratum> strata = new java.util.ArrayList<>();
        for (int d = 1; d <= 4; d++) {
            AmceEstimate s = r.stratum(d);
            strata.add(new Stratum(d, s.estimate(), s.standardError(), s.rows()));
        }
        return new AmceReport(
                r.seType().name().toLowerCase(Locale.ROOT),
                CharactersOption.name(r.charactersDefinition()),
                estimates,
                strata);
    }
}
