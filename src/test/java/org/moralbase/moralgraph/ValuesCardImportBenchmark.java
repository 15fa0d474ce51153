package org.moralbase.moralgraph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.moralbase.IntegrationTest;
import org.moralbase.base.Roles;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.moralgraph.format.GeneratedMgeFiles;
import org.moralbase.security.TestLogins;
import org.moralbase.study.StudyService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The benchmark of docs/benchmarks.md ("Moral graph import", into the database): an MGE-shaped graph file of 500 cards
 * and 1,500 edges imported into a values-card study on MariaDB through the service the page uses, then its scored
 * report read, five rounds into fresh studies; prints one {@code BENCHMARK} line per round. Run on request
 * (-Dit.test=ValuesCardImportBenchmark); it checks the counts, never how fast.
 */
class ValuesCardImportBenchmark extends IntegrationTest {

    @Autowired
    TestLogins logins;

    @Autowired
    StudyService studies;

    @Autowired
    ValuesCardImport imports;

    @Autowired
    ValuesCardGraph graphs;

    @Test
    void aGraphOf500CardsAnd1500EdgesImportsIntoTheDatabase() {
        logins.signIn(logins.createUser("vcbench", Roles.RESEARCHER));
        String file = GeneratedMgeFiles.graph(500, 1500, 11);
        for (int round = 1; round <= 5; round++) {
            long study =
                    studies.create("Import bench " + round, ValuesCardKind.ID).id();
            long start = System.nanoTime();
            ValuesCardImport.Imported done = imports.importGraph(study, DatasetSource.ofText("big.json", file));
            long imported = System.nanoTime();
            int cards = graphs.report(study).cards();
            long reported = System.nanoTime();
            assertThat(done).isEqualTo(new ValuesCardImport.Imported(500, 1500, 0));
            assertThat(cards).isEqualTo(500);
            System.out.printf(
                    java.util.Locale.ROOT,
                    "BENCHMARK values-card import round %d: %d characters, %s in %.2f s, graph page report %.2f s%n",
                    round,
                    file.length(),
                    done.describe(),
                    (imported - start) / 1e9,
                    (reported - imported) / 1e9);
        }
        logins.signOut();
    }
}
