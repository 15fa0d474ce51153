package org.moralbase.moralmachine.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The word-at-a-time path of {@link CsvScanner} against its RFC 4180 byte loop alone: on every input both must
 * give the same records (fields, field count, line, byte offset) or the same error. Random inputs mix plain
 * records with quoted fields, doubled quotes, quoted line breaks, CRLF, lone CR, blank lines, multi-byte UTF-8,
 * a missing final line break and unclosed quotes; buffers of 1 to 64 bytes make records cross the buffer's end
 * (and grow it) at every position.
 */
class CsvScannerTest {

    @Test
    void plainRecordsAreSplitAtCommasAndLineBreaks() throws IOException {
        assertThat(read("a,bb,,ccc\n1,2,3,4\r\nx\ry,z\n\nlast,", true, 1 << 20))
                .containsExactly("1@0 [a, bb, , ccc]", "2@10 [1, 2, 3, 4]", "3@19 [x]", "4@21 [y, z]", "6@26 [last, ]");
    }

    @Test
    void theFastPathTakesPlainRecordsAndLeavesTheRest() {
        int[] starts = new int[4];
        int[] ends = new int[4];
        byte[] plain = "a,bb,,ccc\r\nnext record".getBytes(StandardCharsets.UTF_8);
        long found = PlainRecordScan.scan(plain, 0, plain.length, starts, ends);
        assertThat(PlainRecordScan.fields(found)).isEqualTo(4);
        assertThat(PlainRecordScan.end(found)).isEqualTo(11);
        assertThat(starts).containsExactly(0, 2, 5, 6);
        assertThat(ends).containsExactly(1, 4, 5, 9);

        byte[] quoted = "a,\"b\",c,d,e,f\n".getBytes(StandardCharsets.UTF_8);
        byte[] wide = "1,2,3,4,5,6,7,8\n".getBytes(StandardCharsets.UTF_8);
        byte[] cut = "1,2,3,4,5".getBytes(StandardCharsets.UTF_8); // no line break in the buffer yet
        for (byte[] left : new byte[][] {quoted, wide, cut}) {
            assertThat(PlainRecordScan.scan(left, 0, left.length, starts, ends)).isEqualTo(PlainRecordScan.SLOW);
        }

        byte[] wider = "a,b,c,d,e,f,g,h,i,j,k,l\r\nnext".getBytes(StandardCharsets.UTF_8);
        for (int keep = 1; keep <= 4; keep++) { // the rest counted, not recorded: even more than the arrays hold
            long kept = PlainRecordScan.scan(wider, 0, wider.length, starts, ends, keep);
            assertThat(PlainRecordScan.fields(kept)).as("keep %d", keep).isEqualTo(12);
            assertThat(PlainRecordScan.end(kept)).isEqualTo(25);
            assertThat(starts[keep - 1]).isEqualTo(2 * (keep - 1));
        }
        byte[] lateQuote = "a,b,c,d,e,f,g,h,\"i\"\n".getBytes(StandardCharsets.UTF_8);
        assertThat(PlainRecordScan.scan(lateQuote, 0, lateQuote.length, starts, ends, 2))
                .isEqualTo(PlainRecordScan.SLOW);
    }

    @Test
    void aQuoteAnywhereInARecordIsLeftToTheByteLoop() throws IOException {
        String csv = "a,\"b,\"\"c\"\"\nd\",e\nf,g\"h,i\nplain,record,longer,than,eight,bytes\n";
        assertThat(read(csv, true, 1 << 20))
                .containsExactly(
                        "1@0 [a, b,\"c\"\nd, e]",
                        "3@16 [f, g\"h, i]",
                        "4@24 [plain, record, longer, than, eight, bytes]");
        assertThat(read(csv, true, 3)).isEqualTo(read(csv, false, 3));
    }

    @Test
    void randomInputsGiveTheByteLoopsRecordsOrItsError() throws IOException {
        Random random = new Random(20261205);
        int errors = 0;
        for (int round = 0; round < 3_000; round++) {
            String csv = randomCsv(random);
            int buffer = 1 + random.nextInt(64);
            List<String> expected = read(csv, false, buffer);
            assertThat(read(csv, true, buffer))
                    .as("buffer %d, input %s", buffer, csv)
                    .isEqualTo(expected);
            assertThat(read(csv, true, 1 << 20))
                    .as("large buffer, input %s", csv)
                    .isEqualTo(expected);
            int keep = 1 + random.nextInt(13);
            assertThat(read(csv, true, buffer, keep))
                    .as("first %d fields kept, buffer %d, input %s", keep, buffer, csv)
                    .isEqualTo(read(csv, false, buffer, keep));
            if (!expected.isEmpty() && expected.getLast().startsWith("error")) {
                errors++;
            }
        }
        assertThat(errors)
                .as("some inputs are malformed, so error paths are compared too")
                .isBetween(50, 2_000);
    }

    /** Every record as "line@offset [fields]", or a final "error: message". */
    private static List<String> read(String csv, boolean wordAtATime, int buffer) throws IOException {
        return read(csv, wordAtATime, buffer, Integer.MAX_VALUE);
    }

    /** As {@link #read(String, boolean, int)}, with only the first {@code keep} fields recorded: "line@offset n [kept]". */
    private static List<String> read(String csv, boolean wordAtATime, int buffer, int keep) throws IOException {
        CsvScanner s =
                new CsvScanner(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "test.csv", buffer);
        s.wordAtATime(wordAtATime);
        if (keep != Integer.MAX_VALUE) {
            s.keepFields(keep);
        }
        List<String> records = new ArrayList<>();
        try {
            while (s.next()) {
                List<String> fields = new ArrayList<>();
                for (int i = 0; i < Math.min(keep, s.fieldCount()); i++) {
                    fields.add(s.string(i));
                }
                String count = keep == Integer.MAX_VALUE ? "" : s.fieldCount() + " ";
                records.add(s.line() + "@" + s.recordStart() + " " + count + fields);
            }
        } catch (MalformedResponsesException e) {
            records.add("error: " + e.getMessage());
        }
        return records;
    }

    private static String randomCsv(Random random) {
        StringBuilder out = new StringBuilder();
        boolean malformed = random.nextInt(3) == 0; // a third of the inputs may hold malformed quoting
        int records = random.nextInt(8);
        for (int r = 0; r < records; r++) {
            int fields = 1 + random.nextInt(12);
            for (int f = 0; f < fields; f++) {
                if (f > 0) {
                    out.append(',');
                }
                out.append(randomField(random, malformed));
            }
            out.append(pick(random, "\n", "\n", "\n", "\r\n", "\r", "\n\n", "\r\n\r\n"));
        }
        if (random.nextInt(4) == 0 && !out.isEmpty()) {
            out.setLength(out.length() - 1); // no final line break (or half of a CRLF)
        }
        return out.toString();
    }

    private static String randomField(Random random, boolean malformed) {
        int kind = random.nextInt(10);
        if (!malformed && (kind == 3 || kind == 4)) {
            kind = 9;
        }
        return switch (kind) {
            case 0 -> "";
            case 1 -> "NA";
            case 2 -> "\"" + pick(random, "", "a,b", "x\"\"y", "line\nbreak", "cr\r\nlf", "é,ü") + "\"";
            case 3 -> "\"unclosed" + pick(random, "", ",", "\n"); // malformed unless a later quote closes it
            case 4 -> "\"closed\"" + pick(random, "x", " ", ""); // text after a closing quote: malformed
            case 5 -> "mid\"quote";
            case 6 -> pick(random, "é", "日本", "Pets", "Utilitarian");
            default -> Integer.toString(random.nextInt(random.nextBoolean() ? 3 : 1_000_000));
        };
    }

    private static String pick(Random random, String... options) {
        return options[random.nextInt(options.length)];
    }
}
