package org.moralbase.moralmachine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.moralbase.IntegrationTest;
import org.moralbase.base.Roles;
import org.moralbase.participation.Answer;
import org.moralbase.participation.Arrival;
import org.moralbase.participation.ParticipantsExport;
import org.moralbase.participation.ParticipationService;
import org.moralbase.participation.SessionMonitor;
import org.moralbase.participation.SessionState;
import org.moralbase.participation.SessionStatus;
import org.moralbase.participation.StartOutcome;
import org.moralbase.security.TestLogins;
import org.moralbase.study.PublicStudies;
import org.moralbase.study.PublicStudy;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudyStatus;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 17, item 3: the participant ids in exports and on the monitor are pseudonyms that open nothing; only the
 * session's secret token (its address) does (docs/decisions/0024-session-token-and-pseudonym.md).
 */
class ExportedIdsOpenNothingIT extends IntegrationTest {

    @Autowired
    TestLogins logins;

    @Autowired
    StudyService studies;

    @Autowired
    PublicStudies publicStudies;

    @Autowired
    Participants participants;

    @Autowired
    ParticipationService participation;

    @Autowired
    MoralMachineParticipation mm;

    @Autowired
    MoralMachineExport export;

    @Autowired
    ParticipantsExport participantsExport;

    @Autowired
    SessionMonitor monitor;

    @AfterEach
    void signOut() {
        logins.signOut();
    }

    @Test
    void noIdInAnExportOrOnTheMonitorOpensASessionAndAnUnfinishedOneCannotBeCompletedWithIt() throws IOException {
        String researcher = logins.createUser("ida", Roles.RESEARCHER);
        logins.signIn(researcher);
        long id = studies.create("Exported ids", MoralMachineKind.ID).id();
        studies.setStatus(id, StudyStatus.OPEN);
        PublicStudy study = publicStudies.byId(id).orElseThrow();
        logins.signOut();
        participants.take(study, 0, 3, 7);
        SessionState unfinished = ((StartOutcome.Ready)
                        participation.start(study, Arrival.publicLink(), null, "en", "desktop"))
                .session();
        assertThat(unfinished.token()).hasSizeGreaterThanOrEqualTo(22).isNotEqualTo(unfinished.participantId());

        logins.signIn(researcher);
        Set<String> exported = new HashSet<>();
        exported.addAll(column(csv(out -> export.writeSharedResponses(id, out)), 1)); // UserID
        exported.addAll(column(csv(out -> export.writeSurveyResponses(id, out)), 0)); // UserID
        List<String> participantRows = column(csv(out -> participantsExport.write(id, out)), 0);
        exported.addAll(participantRows);
        monitor.rows(id, null, 0, 10).forEach(r -> exported.add(r.participant()));
        logins.signOut();

        assertThat(participantRows).hasSize(4).contains(unfinished.participantId());
        assertThat(exported).hasSize(4).doesNotContain(unfinished.token());
        for (String shown : exported) {
            assertThat(participation.session(shown))
                    .as("session opened by exported id %s", shown)
                    .isEmpty();
            assertThat(mm.load(shown)).isEmpty();
            assertThatThrownBy(() -> participation.finish(shown, SessionStatus.COMPLETED))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageNotContaining(shown);
            assertThatThrownBy(
                            () -> participation.record(shown, new Answer(1, "mm-1", "{}", "left", Instant.now(), 1L)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        SessionState still = participation.session(unfinished.token()).orElseThrow();
        assertThat(still.status()).isEqualTo(SessionStatus.ACTIVE);
        assertThat(still.answered()).isZero();
        assertThat(participation.session(null)).isEmpty(); // imported sessions have no token: null opens none
    }

    private interface Export {
        void write(java.io.OutputStream out) throws IOException;
    }

    private static String csv(Export export) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<String> column(String csv, int index) {
        return csv.lines()
                .skip(1)
                .map(line -> line.split(",")[index])
                .distinct()
                .toList();
    }
}
