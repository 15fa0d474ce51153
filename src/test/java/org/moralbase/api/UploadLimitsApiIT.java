package org.moralbase.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.moralbase.IntegrationTest;
import org.moralbase.OversizePost;
import org.moralbase.base.Roles;
import org.moralbase.dataimport.Bytes;
import org.moralbase.dataimport.ImportLimits;
import org.moralbase.security.TestLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The server refuses an oversize upload itself (issue 17 item 5): a 300 MiB multipart body posted straight to a REST
 * import is answered 413 with our message before the body is read, and a gzip bomb or a Latin-1 file sent to it is
 * refused naming the problem.
 */
class UploadLimitsApiIT extends IntegrationTest {

    private static final long MIB = 1 << 20;

    @LocalServerPort
    int port;

    @Autowired
    TestLogins logins;

    @AfterEach
    void signOut() {
        logins.signOut();
    }

    @Test
    void aBodyPastTheLimitIsRefusedBeforeItIsRead() throws Exception {
        ApiClient api = new ApiClient(port);
        String token = api.token(logins.createUser("olaf", Roles.RESEARCHER), TestLogins.PASSWORD);
        long id = api.study(token, "Oversize upload", "CHOICE_PAIR");
        String boundary = "----moralbase-oversize";
        byte[] start = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\nid,context,option_a,option_b\r\n")
                .getBytes(StandardCharsets.UTF_8);
        Runtime runtime = Runtime.getRuntime();
        long usedBefore = runtime.totalMemory() - runtime.freeMemory();

        OversizePost.Result result = OversizePost.post(
                port,
                "/api/v1/studies/" + id + "/items",
                Map.of(
                        "Authorization", "Bearer " + token,
                        "Content-Type", "multipart/form-data; boundary=" + boundary),
                start,
                300 * MIB);

        assertThat(result.status()).as(result.response()).isEqualTo(413);
        assertThat(result.response())
                .contains(
                        "The file is larger than the limit of 256 MiB; nothing was imported (the request has 300 MiB)");
        assertThat(result.bytesSent()).as("body bytes taken before the answer").isLessThan(64 * MIB);
        long usedAfter = runtime.totalMemory() - runtime.freeMemory();
        assertThat(usedAfter - usedBefore).as("heap growth").isLessThan(200 * MIB);
    }

    @Test
    void aGzipBombAndALatin1FileAreRefusedNamingTheProblem() throws Exception {
        ApiClient api = new ApiClient(port);
        String token = api.token(logins.createUser("greta", Roles.RESEARCHER), TestLogins.PASSWORD);
        long id = api.study(token, "Bombs by script", "CHOICE_PAIR");
        String path = "/api/v1/studies/" + id + "/items";

        ImportLimits before = ImportLimits.withDefaults();
        ImportLimits.configure(before.withMaxInflatedBytes(4 * MIB)); // the server runs in this JVM
        try {
            var bomb = api.upload(token, path, "file", "bomb.csv.gz", Bytes.gzipBomb("id,context\n", 64 * MIB));
            assertThat(bomb.statusCode()).as(bomb.body()).isEqualTo(400);
            assertThat(bomb.body()).contains("bomb.csv.gz: the gzip file unpacks to more than the limit of 4 MiB");
        } finally {
            ImportLimits.configure(before);
        }

        var latin1 =
                api.upload(token, path, "file", "w.csv", Bytes.latin1("id,context,option_a,option_b\n1,Zoë,a,b\n"));
        assertThat(latin1.statusCode()).as(latin1.body()).isEqualTo(400);
        assertThat(latin1.body())
                .contains("w.csv: line 2 is not UTF-8 (looks like Latin-1/Windows-1252); save as UTF-8");
    }
}
