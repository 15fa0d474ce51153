package org.moralbase.dataimport.format;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.ImportException;
import org.moralbase.dataimport.ImportLimits;
import org.moralbase.dataimport.ImportProblem;

/**
 * The dataset formats an import takes, among all the application knows: the formats offered, detection from a file's
 * content, and reading a file in the chosen or the detected format. A file that plainly is in another format than the
 * one chosen is refused with that format's name rather than parsed as the wrong one.
 */
public final class DatasetFormats {

    // specific formats before the fallbacks, each group by name
    private static final Comparator<DatasetFormat> ORDER = Comparator.comparing(DatasetFormat::fallback)
            .thenComparing(DatasetFormat::label, String.CASE_INSENSITIVE_ORDER);

    private final List<DatasetFormat> taken;
    private final List<DatasetFormat> known;

    /**
     * @param taken the formats this import reads
     * @param known every format the application knows, so that a file in another one is named
     */
    public DatasetFormats(Collection<? extends DatasetFormat> taken, Collection<? extends DatasetFormat> known) {
        this.known = known.stream().sorted(ORDER).collect(Collectors.toUnmodifiableList());
        this.taken = taken.stream().sorted(ORDER).collect(Collectors.toUnmodifiableList());
        Set<String> ids = new HashSet<>();
        for (DatasetFormat format : this.known) {
            if (!ids.add(format.id())) {
                throw new IllegalArgumentException("two formats have the id " + format.id());
            }
        }
        for (DatasetFormat format : this.taken) {
            if (!this.known.contains(format)) {
                throw new IllegalArgumentException("format " + format.id() + " is taken but not known");
            }
        }
    }

    /** An import that takes every format it knows. */
    public DatasetFormats(Collection<? extends DatasetFormat> formats) {
        this(formats, formats);
    }

    /** The formats taken, specific ones first. */
    public List<DatasetFormat> formats() {
        return taken;
    }

    /** A taken format by its id. */
    public Optional<DatasetFormat> find(String id) {
        return taken.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** What a researcher may choose: detection first (the default), then each format taken. */
    public List<FormatChoice> choices() {
        List<FormatChoice> choices = new ArrayList<>(List.of(FormatChoice.DETECT));
        taken.forEach(f -> choices.add(FormatChoice.of(f)));
        return List.copyOf(choices);
    }

    /**
     * Reads a file in the chosen format, or in the one its content shows.
     *
     * @param companion the format's optional second file, or null
     * @throws ImportException when no format taken fits the file, or listing the file's problems
     */
    public FormatRead read(FormatChoice choice, DatasetSource file, DatasetSource companion, ImportLimits limits) {
        FileSample sample = FileSample.of(file, limits);
        DatasetFormat format = choice.detect() ? detect(sample) : checked(choice, sample);
        return new FormatRead(format, choice.detect(), format.read(file, companion, limits));
    }

    /** The taken format the sample is in; a problem naming what was looked for when there is none. */
    DatasetFormat detect(FileSample sample) {
        DatasetFormat found = recognise(sample);
        if (found == null) {
            throw problem(sample, unrecognised(sample));
        }
        if (!taken.contains(found)) {
            throw problem(
                    sample,
                    "this is " + found.label() + " (" + found.signature() + "), which is not imported"
                            + " here; formats taken here: " + labels(taken));
        }
        return found;
    }

    private DatasetFormat checked(FormatChoice choice, FileSample sample) {
        DatasetFormat chosen = find(choice.formatId())
                .orElseThrow(() -> new IllegalArgumentException("unknown format " + choice.formatId()));
        if (chosen.detect(sample)) {
            return chosen;
        }
        DatasetFormat other = recognise(sample);
        if (other != null) {
            String instead = taken.contains(other)
                    ? "; choose " + other.label() + " or \"" + FormatChoice.DETECT.label() + "\""
                    : ", and " + other.label() + " is not imported here";
            throw problem(
                    sample,
                    "this is " + other.label() + " (" + other.signature() + "), not " + chosen.label() + " as chosen"
                            + instead);
        }
        if (sample.shape() != chosen.shape()) {
            throw problem(
                    sample,
                    chosen.label() + " is a " + chosen.shape().label() + " file, but this is " + sample.describe());
        }
        return chosen; // the right shape: the reader names what is missing or wrong
    }

    /** The format the sample is in, specific formats first; null when none is. */
    private DatasetFormat recognise(FileSample sample) {
        for (boolean fallback : new boolean[] {false, true}) {
            List<DatasetFormat> matches = known.stream()
                    .filter(f -> f.fallback() == fallback && f.detect(sample))
                    .toList();
            if (matches.size() > 1) {
                throw problem(sample, "this fits several formats (" + labels(matches) + "); choose one");
            }
            if (matches.size() == 1) {
                return matches.getFirst();
            }
        }
        return null;
    }

    private String unrecognised(FileSample sample) {
        List<String> needs = taken.stream()
                .filter(f -> f.shape() == sample.shape())
                .map(f -> f.label() + " needs " + f.signature())
                .toList();
        return "no dataset format recognised in " + sample.describe() + ". "
                + (needs.isEmpty() ? "Formats taken here: " + labels(taken) : String.join("; ", needs)) + ".";
    }

    private static String labels(List<DatasetFormat> formats) {
        return formats.stream().map(DatasetFormat::label).collect(Collectors.joining(", "));
    }

    private static ImportException problem(FileSample sample, String reason) {
        return new ImportException(List.of(ImportProblem.inFile(sample.file(), null, reason)), false);
    }

    /**
     * A file read.
     *
     * @param format the format it was read in
     * @param detected whether the format was told from the content rather than chosen
     * @param items the items, in file order
     */
    public record FormatRead(DatasetFormat format, boolean detected, List<DatasetItem> items) {

        /** Freezes the items. */
        public FormatRead {
            items = List.copyOf(items);
        }

        /** What was stored of the file, for the researcher. */
        public ItemsImported imported(String file, int stored) {
            return new ItemsImported(file, format.label(), detected, stored);
        }
    }
}
