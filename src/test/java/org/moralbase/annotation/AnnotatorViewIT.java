package org.moralbase.annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.moralbase.IntegrationTest;
import org.moralbase.base.Roles;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.format.FormatChoice;
import org.moralbase.security.AccountService;
import org.moralbase.security.TestLogins;
import org.moralbase.study.StudyService;
import org.springframework.beans.factory.annotation.Autowired;

/** What annotators see of an item's metadata, gold attached late, and invitations that say what is missing. */
class AnnotatorViewIT extends IntegrationTest {

    static final String ITEMS = """
            id,context,option_a,option_b,difficulty,majority_label,gold_pick,gold_later
            item1,Situation 1,Help,Wait,easy,A,yes,no
            item2,Situation 2,Lie,Tell,hard,B,no,maybe
            """;

    @Autowired
    TestLogins logins;

    @Autowired
    AnnotationProjectService projects;

    @Autowired
    ItemImportService imports;

    @Autowired
    ItemMetadataService metadata;

    @Autowired
    GoldService gold;

    @Autowired
    AssignmentService work;

    @Autowired
    StudyService studies;

    @Autowired
    AccountService accounts;

    @AfterEach
    void signOut() {
        logins.signOut();
    }

    @Test
    void annotatorsSeeNoMetadataUntilTheResearcherChoosesThenOnlyWhatWasChosen() {
        String researcher = logins.createUser("meta", Roles.RESEARCHER);
        String annotator = logins.createUser("metaann", Roles.ANNOTATOR);
        logins.signIn(researcher);
        long id = project();
        projects.invite(id, annotator);
        assertThat(metadata.shown(id)).isEqualTo(MetadataShown.NONE);
        assertThat(metadata.fields(id)).containsExactly("difficulty", "majority_label");

        logins.signIn(annotator);
        assertThat(work.next(id).orElseThrow().metadata())
                .as("labels hidden by default")
                .isEmpty();

        logins.signIn(researcher);
        metadata.show(id, new MetadataShown(MetadataShown.Mode.CHOSEN, List.of("difficulty")));
        assertThat(metadata.shown(id).fields()).containsExactly("difficulty");
        logins.signIn(annotator);
        assertThat(work.next(id).orElseThrow().metadata()).containsOnlyKeys("difficulty");

        logins.signIn(researcher);
        metadata.show(id, new MetadataShown(MetadataShown.Mode.ALL, List.of()));
        logins.signIn(annotator);
        assertThat(work.next(id).orElseThrow().metadata())
                .as("all fields, but never the project's gold answers")
                .containsOnlyKeys("difficulty", "majority_label");

        assertThatThrownBy(() -> new MetadataShown(MetadataShown.Mode.CHOSEN, List.of()))
                .hasMessageStartingWith("Metadata fields:");
    }

    @Test
    void goldGivenBeforeItsQuestionIsNamedAndAttachedOnceTheQuestionExists() {
        String researcher = logins.createUser("gold", Roles.RESEARCHER);
        logins.signIn(researcher);
        long id = project();

        GoldReport first = gold.attach(id);
        assertThat(first.attached()).isEqualTo(2);
        assertThat(first.notAttached())
                .singleElement()
                .asString()
                .contains("gold_later", "no question 'later'", "Attach gold", "2 items", "item1, item2");
        assertThat(first.sentence()).startsWith("2 gold answers attached; some were not attached");

        projects.addQuestion(id, QuestionSpec.singleChoice("later", "Later?", List.of("yes", "no"), false), false);
        GoldReport second = gold.attach(id);
        assertThat(second.attached()).isEqualTo(3);
        assertThat(second.notAttached())
                .singleElement()
                .asString()
                .contains("gold_later", "'maybe' is not an answer", "1 item", "item2");

        GoldReport file = gold.attachFile(id, DatasetSource.ofText("gold.csv", """
                id,gold_later,gold_none
                item2,yes,
                item9,no,
                item1,,x
                """));
        assertThat(file.attached()).isEqualTo(1);
        assertThat(file.notAttached())
                .anySatisfy(l -> assertThat(l).contains("no item 'item9'", "line 3"))
                .anySatisfy(l -> assertThat(l).contains("gold_none", "no question 'none'", "line 4"));
        assertThat(gold.attach(id).attached())
                .as("item2's gold replaced by the file")
                .isEqualTo(4);
        assertThat(gold.attach(id).notAttached()).isEmpty();
    }

    @Test
    void anInvitationOrShareSaysWhetherTheUserIsMissingOrLacksTheRole() {
        String researcher = logins.createUser("inviter", Roles.RESEARCHER);
        String notAnnotator = logins.createUser("rita", Roles.RESEARCHER);
        String annotator = logins.createUser("anna", Roles.ANNOTATOR);
        logins.signIn(researcher);
        long id = project();
        assertThatThrownBy(() -> projects.invite(id, "nobody-here")).hasMessage("Invite: no user named 'nobody-here'");
        assertThatThrownBy(() -> projects.invite(id, notAnnotator))
                .hasMessage("Invite: " + notAnnotator
                        + " exists but does not have the Annotator role; an admin can give it on the Users page");

        long study = studies.create("Shared " + id, "MORAL_MACHINE").id();
        assertThatThrownBy(() -> studies.share(study, annotator))
                .hasMessage("Share with: " + annotator
                        + " exists but does not have the Researcher role; an admin can give it on the Users page");
        assertThatThrownBy(() -> studies.share(study, "nobody-here"))
                .hasMessage("Share with: no user named 'nobody-here'");

        logins.asAdmin(() -> accounts.list(0, 10_000).stream()
                .filter(u -> u.username().equals(annotator))
                .forEach(u -> accounts.setEnabled(u.id(), false)));
        logins.signIn(researcher);
        assertThatThrownBy(() -> projects.invite(id, annotator))
                .hasMessage(
                        "Invite: " + annotator + "'s account is disabled; an admin can enable it on the Users page");
    }

    private long project() {
        long id = projects.create("Metadata " + System.nanoTime(), ProjectTemplate.BLANK)
                .id();
        projects.addQuestion(id, QuestionSpec.singleChoice("pick", "Acceptable?", List.of("yes", "no"), false), false);
        imports.importItems(id, FormatChoice.DETECT, DatasetSource.ofText("items.csv", ITEMS), null);
        return id;
    }
}
