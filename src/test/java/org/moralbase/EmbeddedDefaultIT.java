package org.moralbase;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moralbase.base.Roles;
import org.moralbase.moralmachine.MoralMachineKind;
import org.moralbase.security.TestLogins;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudySummary;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** The first-run default: an H2 file database in MariaDB mode, migrated by Flyway, kept across restarts. */
@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
class EmbeddedDefaultIT {

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext start() {
        String url = "jdbc:h2:file:" + dataDir.resolve("moralbase")
                + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE";
        return new SpringApplicationBuilder(Application.class)
                .run(
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=moralbase",
                        "--spring.datasource.password=",
                        "--server.port=0",
                        "--moralbase.admin.password=embedded-admin-pw");
    }

    @Test
    void aGeneratedFirstAdminPasswordGoesToAFileOnlyItsOwnerReadsAndLogsInButIsNeverLogged(
            org.springframework.boot.test.system.CapturedOutput output) throws Exception {
        SecurityContextHolderStrategy shared = SecurityContextHolder.getContextHolderStrategy();
        String url =
                "jdbc:h2:file:" + dataDir.resolve("fresh") + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE";
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .run(
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=moralbase",
                        "--spring.datasource.password=",
                        "--server.port=0",
                        "--moralbase.data-dir=" + dataDir,
                        "--moralbase.admin.password=")) {
            Path file = dataDir.resolve("initial-admin-password");
            String password = Files.readString(file).strip();
            assertThat(password).hasSize(20);
            assertThat(Files.getPosixFilePermissions(file))
                    .containsExactlyInAnyOrder(
                            java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                            java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
            assertThat(output.getAll())
                    .contains(file.toAbsolutePath().toString())
                    .doesNotContain(password);
            var encoder = app.getBean(org.springframework.security.crypto.password.PasswordEncoder.class);
            var admin = app.getBean(org.moralbase.security.domain.UserAccountRepository.class)
                    .findByUsername("admin")
                    .orElseThrow();
            assertThat(encoder.matches(password, admin.getPasswordHash())).isTrue();
            assertThat(admin.isMustChangePassword()).isTrue(); // changed at first login (PasswordFirstBrowserIT)
        } finally {
            SecurityContextHolder.setContextHolderStrategy(shared);
        }
    }

    @Test
    void theEmbeddedDatabaseMigratesAndKeepsDataAcrossARestart() {
        // each app start installs Vaadin's security-context holder globally; give the shared test app its own back
        SecurityContextHolderStrategy shared = SecurityContextHolder.getContextHolderStrategy();
        try {
            startTwiceAndCheck();
        } finally {
            SecurityContextHolder.setContextHolderStrategy(shared);
        }
    }

    private void startTwiceAndCheck() {
        long studyId;
        try (ConfigurableApplicationContext first = start()) {
            TestLogins logins = first.getBean(TestLogins.class);
            String owner = logins.createUser("h2user", Roles.RESEARCHER);
            logins.signIn(owner);
            studyId = first.getBean(StudyService.class)
                    .create("Kept across restarts", MoralMachineKind.ID)
                    .id();
            logins.signOut();
        }
        assertThat(Files.exists(dataDir.resolve("moralbase.mv.db"))).isTrue();

        try (ConfigurableApplicationContext second = start()) {
            TestLogins logins = second.getBean(TestLogins.class);
            logins.asAdmin(() -> assertThat(second.getBean(StudyService.class).find(studyId))
                    .map(StudySummary::title)
                    .contains("Kept across restarts"));
        }
    }
}
