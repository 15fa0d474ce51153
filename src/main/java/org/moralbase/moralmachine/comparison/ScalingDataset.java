package org.moralbase.moralmachine.comparison;

import java.util.List;
import org.moralbase.stats.scaling.ScalingObservation;

/**
 * Models for the scaling view: the registry's (D from each model's latest finished run) or an uploaded table.
 *
 * @param name what the view calls the dataset, e.g. "Registered models" or the file name
 * @param models one row per model
 * @param notes models left out and why
 */
public record ScalingDataset(String name, List<ScalingObservation> models, List<String> notes) {

    /** Copies the lists. */
    public ScalingDataset {
        models = List.copyOf(models);
        notes = List.copyOf(notes);
    }
}
