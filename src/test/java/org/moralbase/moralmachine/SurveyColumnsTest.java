package org.moralbase.moralmachine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** SurveyResponses.csv lines: R's NA for a missing answer, RFC 4180 quoting, no formula a spreadsheet would run. */
class SurveyColumnsTest {

    private static String line(String userId, String json) throws IOException {
        StringWriter out = new StringWriter();
        SurveyColumns.writeLine(out, userId, json);
        return out.toString();
    }

    @Test
    void answersAreWrittenInTheReleaseOrderWithNaForMissingOnes() throws IOException {
        assertThat(line("u1", "{\"Review_age\":\"34\",\"Review_gender\":\"female\",\"Review_political\":\"0.25\"}"))
                .isEqualTo("u1,34,NA,female,NA,0.25,NA\n");
    }

    @Test
    void aTextASpreadsheetWouldRunAsAFormulaBecomesText() throws IOException {
        assertThat(line(
                        "u2",
                        "{\"Review_education\":\"=HYPERLINK(\\\"http://evil.example\\\",\\\"x\\\")\","
                                + "\"Review_income\":\"+cmd|' /C calc'!A0\",\"Review_political\":\"-0.5\"}"))
                .isEqualTo(
                        "u2,NA,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",NA,'+cmd|' /C calc'!A0,-0.5,NA\n");
    }
}
