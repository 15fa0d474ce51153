package org.moralbase.dataimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.moralbase.dataimport.text.CsvReader;
import org.moralbase.dataimport.text.CsvTable;
import org.moralbase.dataimport.text.JsonReader;
import org.moralbase.dataimport.text.Utf8Input;
import org.moralbase.dataimport.text.Utf8Text;

/**
 * The limits every upload passes through (issue 17 item 5): bytes counted while streaming, unpacked gzip bytes,
 * rows, field lengths, and strict UTF-8 with a message naming the encoding problem.
 */
class UploadLimitsTest {

    private static final ImportLimits SMALL = ImportLimits.BUILT_IN
            .withMaxBytes(1 << 20)
            .withMaxInflatedBytes(1 << 20)
            .withMaxRows(3)
            .withMaxFieldChars(10);

    @Test
    void aBodyPastTheLimitIsRefusedAsSoonAsTheLimitPassesNotAfterReadingItAll() throws IOException {
        long[] served = {0};
        InputStream endless = new InputStream() { // 2 GiB that nobody should read whole
                    @Override
                    public int read() {
                        return ++served[0] > (2L << 30) ? -1 : 'x';
                    }

                    @Override
                    public int read(byte[] b, int off, int len) {
                        java.util.Arrays.fill(b, off, off + len, (byte) 'x');
                        served[0] += len;
                        return len;
                    }
                };
        try (InputStream in = LimitedInputStream.upload(endless, "big.csv", 1 << 20)) {
            assertThatThrownBy(in::readAllBytes)
                    .isInstanceOf(InputRefusedException.class)
                    .hasMessage("big.csv: the file is larger than the limit of 1 MiB; nothing was imported");
        }
        assertThat(served[0]).isLessThan(2L << 20);
    }

    @Test
    void aBodyAtTheLimitIsRead() throws IOException {
        try (InputStream in = LimitedInputStream.upload(new ByteArrayInputStream(new byte[1024]), "f.csv", 1024)) {
            assertThat(in.readAllBytes()).hasSize(1024);
        }
    }

    @Test
    void aGzipBombIsStoppedAtTheUnpackedLimitWithOurMessage() {
        byte[] bomb = Bytes.gzipBomb("id,text\n", 64L << 20); // ~64 KiB packed, 64 MiB unpacked
        assertThat(bomb.length).isLessThan(1 << 20);
        ProblemLog log = new ProblemLog(SMALL);
        assertThatThrownBy(() -> Utf8Text.decode(DatasetSource.of("bomb.csv.gz", bomb), SMALL, log))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("bomb.csv.gz: the gzip file unpacks to more than the limit of 1 MiB");
    }

    @Test
    void aGzipFileWithinTheLimitsIsReadAsItsText() {
        byte[] small = Bytes.gzipBomb("id,text\n1,Zoë\n", 100);
        String text = Utf8Text.decode(DatasetSource.of("ok.csv.gz", small), SMALL, new ProblemLog(SMALL));
        assertThat(text).startsWith("id,text\n1,Zoë\n");
    }

    @Test
    void latin1TextIsRefusedNamingTheLineAndTheEncoding() {
        byte[] latin1 = Bytes.latin1("id,text\n1,plain\n2,Zoë\n");
        assertThatThrownBy(() -> Utf8Text.decode(DatasetSource.of("w.csv", latin1), SMALL, new ProblemLog(SMALL)))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("w.csv: line 3 is not UTF-8 (looks like Latin-1/Windows-1252); save as UTF-8");
    }

    @Test
    void utf16TextIsRefusedWithOrWithoutItsByteOrderMark() {
        for (byte[] utf16 : List.of(Bytes.utf16WithBom("id,text\n1,a\n"), Bytes.utf16("id,text\n1,a\n"))) {
            assertThatThrownBy(() -> Utf8Text.decode(DatasetSource.of("u.csv", utf16), SMALL, new ProblemLog(SMALL)))
                    .isInstanceOf(ImportException.class)
                    .hasMessageContaining("u.csv: the file is UTF-16; save it as UTF-8");
        }
    }

    @Test
    void aUtf8ByteOrderMarkIsAccepted() {
        byte[] bom = "\uFEFFid,text\n1,Zoë\n".getBytes(StandardCharsets.UTF_8);
        assertThat(Utf8Text.decode(DatasetSource.of("b.csv", bom), SMALL, new ProblemLog(SMALL)))
                .isEqualTo("id,text\n1,Zoë\n");
    }

    @Test
    void theStreamingCheckRefusesLatin1AndUtf16AndPassesUtf8() throws IOException {
        assertThatThrownBy(() -> readAll(Bytes.latin1("a,b\n1,2\n3,Zoë\n")))
                .isInstanceOf(InputRefusedException.class)
                .hasMessage("s.csv: line 3 is not UTF-8 (looks like Latin-1/Windows-1252); save as UTF-8");
        assertThatThrownBy(() -> readAll(Bytes.utf16WithBom("a,b\n")))
                .isInstanceOf(InputRefusedException.class)
                .hasMessage("s.csv: the file is UTF-16; save it as UTF-8");
        assertThatThrownBy(() -> readAll(Bytes.utf16("a,b\n")))
                .isInstanceOf(InputRefusedException.class)
                .hasMessage("s.csv: the file is UTF-16; save it as UTF-8");
        assertThatThrownBy(() -> readAll(new byte[] {'a', (byte) 0xC3}))
                .isInstanceOf(InputRefusedException.class)
                .hasMessageContaining("line 1 is not UTF-8");
        assertThatThrownBy(() -> readAll(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})) // a lone surrogate
                .isInstanceOf(InputRefusedException.class);
        String text = "a,b\nZoë,日本,🙂\n";
        assertThat(new String(readAll(("\uFEFF" + text).getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8))
                .isEqualTo(text);
    }

    @Test
    void aCsvFieldOverTheLimitIsRefusedNamingLineFieldAndLimit() {
        ProblemLog log = new ProblemLog(SMALL);
        CsvTable table = CsvReader.read("f.csv", "id,prompt\n1,short\n2,\"far, far too long\"\n", SMALL, log);
        assertThat(table.rows()).hasSize(1);
        assertThat(messages(log))
                .containsExactly("f.csv line 3, field prompt: has 17 characters, more than the limit of 10");
    }

    @Test
    void aCsvWithMoreRowsThanTheLimitIsRefused() {
        String text = "id\n1\n2\n3\n4\n";
        assertThatThrownBy(() -> CsvReader.read("r.csv", text, SMALL, new ProblemLog(SMALL)))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("r.csv: file has more than 3 rows, the import limit");
    }

    @Test
    void aJsonStringOverTheLimitIsRefusedNamingLineAndFieldPath() {
        ProblemLog log = new ProblemLog(SMALL);
        JsonReader.readLines(
                "f.jsonl", "{\"id\":\"1\"}\n{\"id\":\"2\",\"edges\":[{\"text\":\"far too long here\"}]}\n", SMALL, log);
        assertThat(messages(log))
                .containsExactly("f.jsonl line 2, field edges[0].text: has 17 characters, more than the limit of 10");
        ProblemLog arrayLog = new ProblemLog(SMALL);
        JsonReader.readArray("f.json", "[{\"id\":\"1\"},\n{\"prompt\":\"far too long here\"}]", SMALL, arrayLog);
        assertThat(messages(arrayLog))
                .containsExactly(
                        "f.json element 1 (line 2), field prompt: has 17 characters, more than the limit of 10");
    }

    private static List<String> messages(ProblemLog log) {
        try {
            log.throwIfAny();
            return List.of();
        } catch (ImportException e) {
            return e.messages();
        }
    }

    private static byte[] readAll(byte[] bytes) throws IOException {
        try (InputStream in = Utf8Input.open(new ByteArrayInputStream(bytes), "s.csv")) {
            return in.readAllBytes();
        }
    }
}
