package org.moralbase.cli.utilities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moralbase.cli.CliRun;
import org.moralbase.stats.utility.PairVotes;
import org.moralbase.stats.utility.ThurstonianFit;
import org.moralbase.stats.utility.Utilities;
import tools.jackson.databind.JsonNode;

/** {@code analyze utilities} on a votes CSV, checked against {@link ThurstonianFit} run directly on the same votes. */
class CliUtilitiesTest {

    @TempDir
    Path dir;

    @Test
    void theJsonCarriesTheFitOfTheStatsClass() throws IOException {
        // x ≻ y 3 of 4 (shown both ways), y ≻ z 3 of 4, x ≻ z 4 of 4 — outcomes numbered x=0, y=1, z=2
        String csv = "option_a,option_b,choice,participant\n"
                + "x,y,A,p1\ny,x,B,p1\nx,y,A,p2\ny,x,A,p2\n"
                + "y,z,A,p1\nz,y,B,p1\ny,z,B,p2\nz,y,B,p2\n"
                + "x,z,A,p1\nz,x,B,p1\nx,z,A,p2\nz,x,B,p2\n";
        Path file = Files.writeString(dir.resolve("votes.csv"), csv);
        CliRun run = CliRun.of("analyze", "utilities", "--input", file.toString(), "--json");
        assertThat(run.exit()).isZero();
        JsonNode json = run.json();
        Utilities expected = ThurstonianFit.withDefaults()
                .fit(3, List.of(new PairVotes(0, 1, 3, 4), new PairVotes(1, 2, 3, 4), new PairVotes(0, 2, 4, 4)));
        String[] ids = {"x", "y", "z"};
        for (int i = 0; i < 3; i++) {
            assertThat(json.get("utilities").get(ids[i]).get("mean").asDouble())
                    .isCloseTo(expected.mean()[i], within(1e-12));
            assertThat(json.get("utilities").get(ids[i]).get("variance").asDouble())
                    .isCloseTo(expected.variance()[i], within(1e-12));
        }
        assertThat(json.get("metrics").get("pairs").asInt()).isEqualTo(3);
        assertThat(json.get("metrics").get("triads").asInt()).isEqualTo(1);

        CliRun table = CliRun.of("analyze", "utilities", "--input", file.toString());
        assertThat(table.exit()).isZero();
        assertThat(table.out().lines().skip(1).findFirst().orElseThrow())
                .startsWith("x"); // after the header: highest first
    }

    @Test
    void aBadRowIsNamedByLineAndColumn() throws IOException {
        Path self = Files.writeString(dir.resolve("self.csv"), "option_a,option_b,choice\nx,y,A\nz,z,B\n");
        CliRun run = CliRun.of("analyze", "utilities", "--input", self.toString());
        assertThat(run.exit()).isNotZero();
        assertThat(run.err()).contains("line 3").contains("option_b").contains("with itself");
        Path choice = Files.writeString(dir.resolve("choice.csv"), "option_a,option_b,choice\nx,y,C\n");
        assertThat(CliRun.of("analyze", "utilities", "--input", choice.toString())
                        .err())
                .contains("line 2")
                .contains("expected A or B, found 'C'");
        Path missing = Files.writeString(dir.resolve("missing.csv"), "a,b,choice\nx,y,A\n");
        assertThat(CliRun.of("analyze", "utilities", "--input", missing.toString())
                        .err())
                .contains("option_a");
    }
}
