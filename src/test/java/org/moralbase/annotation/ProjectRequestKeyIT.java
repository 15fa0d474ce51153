package org.moralbase.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.moralbase.IntegrationTest;
import org.moralbase.base.Roles;
import org.moralbase.security.TestLogins;
import org.springframework.beans.factory.annotation.Autowired;

/** Creating an annotation project is refused as a replay: the same request key gives the same project (V0086). */
class ProjectRequestKeyIT extends IntegrationTest {

    @Autowired
    TestLogins logins;

    @Autowired
    AnnotationProjectService projects;

    @AfterEach
    void signOut() {
        logins.signOut();
    }

    @Test
    void aReplayedCreateFindsTheFirstProjectAndMakesNoTwin() {
        logins.signIn(logins.createUser("annres", Roles.RESEARCHER));
        int before = projects.list().size();

        ProjectSummary first = projects.create("Replayed", ProjectTemplate.BLANK, "key-1");
        ProjectSummary replay = projects.create("Replayed", ProjectTemplate.BLANK, "key-1");
        ProjectSummary other = projects.create("Replayed", ProjectTemplate.BLANK, "key-2");

        assertThat(replay.id()).isEqualTo(first.id());
        assertThat(other.id()).isNotEqualTo(first.id());
        assertThat(projects.list()).hasSize(before + 2);
        logins.signOut();

        // another researcher's key is another request
        logins.signIn(logins.createUser("annres", Roles.RESEARCHER));
        assertThat(projects.create("Replayed", ProjectTemplate.BLANK, "key-1").id())
                .isNotEqualTo(first.id());
    }
}
