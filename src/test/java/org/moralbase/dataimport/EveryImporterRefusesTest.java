package org.moralbase.dataimport;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.moralbase.condition.ImplicationFiles;
import org.moralbase.dataimport.format.DatasetFormat;
import org.moralbase.dataimport.format.Formats;
import org.moralbase.dvb.format.DvbResultFormat;
import org.moralbase.models.PlainAnswers;
import org.moralbase.moralgraph.format.GraphFiles;
import org.moralbase.moralgraph.format.VoteFiles;
import org.moralbase.questionnaire.format.ItemFiles;
import org.moralbase.questionnaire.format.Scales;
import org.moralbase.utility.format.OutcomeFiles;

/**
 * Every importer that reads a {@link DatasetSource} (choice-pair datasets, DVB prompts and results, model answers,
 * questionnaire item banks, utility outcomes, values-card graphs and votes, policy marks) refuses a gzip bomb, a
 * Latin-1 file and a UTF-16 file with our message.
 */
class EveryImporterRefusesTest {

    private static final ImportLimits SMALL = ImportLimits.withDefaults().withMaxInflatedBytes(1 << 20);

    @TestFactory
    List<DynamicTest> everyImporterRefusesBombsAndOtherEncodings() {
        List<DynamicTest> tests = new ArrayList<>();
        importers().forEach((name, importer) -> {
            tests.add(DynamicTest.dynamicTest(
                    name + " refuses a gzip bomb",
                    () -> refuses(
                            importer,
                            DatasetSource.of("bomb.gz", Bytes.gzipBomb("id,text\n", 16L << 20)),
                            "bomb.gz: the gzip file unpacks to more than the limit of 1 MiB")));
            tests.add(DynamicTest.dynamicTest(
                    name + " refuses Latin-1",
                    () -> refuses(
                            importer,
                            DatasetSource.of("latin.csv", Bytes.latin1("id,text\n1,Zoë\n")),
                            "latin.csv: line 2 is not UTF-8 (looks like Latin-1/Windows-1252); save as UTF-8")));
            tests.add(DynamicTest.dynamicTest(
                    name + " refuses UTF-16",
                    () -> refuses(
                            importer,
                            DatasetSource.of("wide.csv", Bytes.utf16WithBom("id,text\n1,a\n")),
                            "wide.csv: the file is UTF-16; save it as UTF-8")));
        });
        return tests;
    }

    private static java.util.Map<String, Consumer<DatasetSource>> importers() {
        java.util.Map<String, Consumer<DatasetSource>> all = new java.util.LinkedHashMap<>();
        for (DatasetFormat format : Formats.all()) {
            all.put(format.getClass().getSimpleName(), f -> format.read(f, null, ImportLimits.withDefaults()));
        }
        all.put("DvbResultFormat", f -> DvbResultFormat.read(f, ImportLimits.withDefaults()));
        all.put("PlainAnswers", f -> PlainAnswers.read(f, Set.of("1"), ImportLimits.withDefaults()));
        all.put("ItemFiles", f -> ItemFiles.read(f, Scales.of(null)));
        all.put("OutcomeFiles", OutcomeFiles::read);
        all.put("GraphFiles", GraphFiles::read);
        all.put("VoteFiles", VoteFiles::read);
        all.put("ImplicationFiles", f -> ImplicationFiles.read(f, Set.of("c")));
        return all;
    }

    private static void refuses(Consumer<DatasetSource> importer, DatasetSource file, String message) {
        Bytes.withLimits(SMALL, () -> assertThatThrownBy(() -> importer.accept(file))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining(message));
    }
}
