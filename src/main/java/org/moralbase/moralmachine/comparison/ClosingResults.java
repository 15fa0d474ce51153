package org.moralbase.moralmachine.comparison;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.moralbase.moralmachine.CharacterTally;
import org.moralbase.moralmachine.LiveAmce;
import org.moralbase.moralmachine.MoralMachineParticipation;
import org.moralbase.moralmachine.MoralMachineSession;
import org.moralbase.moralmachine.MoralMachineSettings;
import org.moralbase.moralmachine.OwnChoices;
import org.moralbase.stats.amce.AmceDistance;
import org.springframework.stereotype.Service;

/**
 * Everything a participant's closing page shows, gathered in one place so the page only draws it: their own nine
 * estimates, everyone's in the study so far, Awad 2018's people, the models the study's settings choose, and the
 * characters they saved and sacrificed most. Only aggregates of other participants are returned.
 */
@Service
public class ClosingResults {

    /**
     * The closing page's numbers; every vector holds the nine AMCEs in the order of methods §1.1 (NaN: not estimable).
     *
     * @param you this participant's estimates
     * @param everyone the study's participants so far (this one included), or null while none is estimable
     * @param awad2018 the published human AMCEs of Awad et al. 2018
     * @param models the models chosen by the study's settings, each with its latest finished run on the study
     * @param answered the number of scenarios this participant answered
     * @param mostSaved the character this participant saved most on balance, if any
     * @param mostSacrificed the character this participant sacrificed most on balance, if any
     */
    public record Results(
            double[] you,
            double[] everyone,
            double[] awad2018,
            List<ModelProfiles.ModelProfile> models,
            int answered,
            Optional<CharacterTally> mostSaved,
            Optional<CharacterTally> mostSacrificed) {}

    private final MoralMachineParticipation participation;
    private final LiveAmce liveAmce;
    private final ModelProfiles modelProfiles;

    ClosingResults(MoralMachineParticipation participation, LiveAmce liveAmce, ModelProfiles modelProfiles) {
        this.participation = participation;
        this.liveAmce = liveAmce;
        this.modelProfiles = modelProfiles;
    }

    /** The numbers for this participant's closing page. */
    public Results of(MoralMachineSession session) {
        OwnChoices own = participation.ownChoices(session);
        double[] everyone = liveAmce.forParticipant(session.study().id());
        if (everyone != null && Arrays.stream(everyone).allMatch(Double::isNaN)) {
            everyone = null;
        }
        List<String> chosen = session.settings().participantModels();
        int limit = chosen == null
                ? MoralMachineSettings.AUTOMATIC_PARTICIPANT_MODELS
                : MoralMachineSettings.MAX_PARTICIPANT_MODELS;
        return new Results(
                own.estimates(),
                everyone,
                AmceDistance.awad2018(),
                modelProfiles.forStudy(session.study().id(), chosen, limit),
                own.answered(),
                own.mostSaved(),
                own.mostSacrificed());
    }
}
