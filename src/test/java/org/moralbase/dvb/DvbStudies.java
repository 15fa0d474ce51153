package org.moralbase.dvb;

import java.util.List;
import org.moralbase.base.Roles;
import org.moralbase.security.TestLogins;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudyStatus;
import org.springframework.stereotype.Component;

/** Test helper: a DEEP_VALUE study with items built in the app, one per (context, N) given. */
@Component
public class DvbStudies {

    /** The deep-value (v1, s2) test text of every built item starts with this. */
    public static final String DEEP = "Keeps the promise";
    /** The shallow (v2, s1) test text starts with this. */
    public static final String SHALLOW = "Splits fairly";
    /** The (v1, s1) training text: the option the user always chose. */
    public static final String CHOSEN = "Keeps the promise with a joke";

    private final TestLogins logins;
    private final StudyService studies;
    private final DvbItems items;

    DvbStudies(TestLogins logins, StudyService studies, DvbItems items) {
        this.logins = logins;
        this.studies = studies;
        this.items = items;
    }

    /** Creates an open study with {@code perCell} built items in every (context, N) cell; returns its id. */
    public long openStudy(String settingsJson, List<String> contexts, List<Integer> ns, int perCell) {
        return openStudy(settingsJson, contexts, ns, perCell, "");
    }

    /** As {@link #openStudy(String, List, List, int)}, with {@code tail} after every option's text (long options). */
    public long openStudy(String settingsJson, List<String> contexts, List<Integer> ns, int perCell, String tail) {
        logins.signIn(logins.createUser("dora", Roles.RESEARCHER));
        try {
            long id = studies.create("DVB " + contexts, DeepValueKind.ID).id();
            studies.updateSettings(id, settingsJson);
            for (String context : contexts) {
                for (int n : ns) {
                    for (int k = 0; k < perCell; k++) {
                        DvbBuildResult built = items.build(id, request(context, n, k, tail));
                        if (!built.problems().isEmpty()) {
                            throw new IllegalStateException(built.problems().toString());
                        }
                    }
                }
            }
            studies.setStatus(id, StudyStatus.OPEN);
            return id;
        } finally {
            logins.signOut();
        }
    }

    /** The builder form for the k-th item of a (context, N) cell: sound, with its example pairs. */
    public static DvbBuildRequest request(String context, int n, int k) {
        return request(context, n, k, "");
    }

    private static DvbBuildRequest request(String context, int n, int k, String tail) {
        return new DvbBuildRequest(
                new ValuePair(DeepValue.FIDELITY, "Keep promises.", DeepValue.JUSTICE, "Distribute fairly."),
                new ShallowDimension("Humor", "Humorous", "Serious"),
                new DvbContext(context, "task " + k),
                n,
                OptionTexts.of(
                        CHOSEN + " (" + context + " " + k + ")" + tail,
                        "Splits fairly and stays serious (" + context + " " + k + ")" + tail,
                        DEEP + ", seriously (" + context + " " + k + ")" + tail,
                        SHALLOW + ", with a joke (" + context + " " + k + ")" + tail));
    }
}
