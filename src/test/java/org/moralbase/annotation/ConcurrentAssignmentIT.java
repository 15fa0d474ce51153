package org.moralbase.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.moralbase.IntegrationTest;
import org.moralbase.base.Roles;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.format.FormatChoice;
import org.moralbase.security.TestLogins;
import org.springframework.beans.factory.annotation.Autowired;

class ConcurrentAssignmentIT extends IntegrationTest {

    @Autowired
    TestLogins logins;

    @Autowired
    AnnotationProjectService projects;

    @Autowired
    ItemImportService imports;

    @Autowired
    AssignmentService work;

    @Autowired
    AnnotationExportService export;

    @AfterEach
    void signOut() {
        logins.signOut();
    }

    @Test
    void twentyWorkersAtOnceFillThirtyItemsToExactlyKWithoutRepeats() throws Exception {
        int workers = 20;
        int itemCount = 30;
        int k = 3;
        String researcher = logins.createUser("res", Roles.RESEARCHER);
        List<String> annotators = IntStream.range(0, workers)
                .mapToObj(i -> logins.createUser("w" + i, Roles.ANNOTATOR))
                .toList();
        logins.signIn(researcher);
        long projectId = projects.create("Concurrency", ProjectTemplate.BLANK).id();
        projects.addQuestion(projectId, QuestionSpec.singleChoice("pick", "Which?", List.of("A", "B"), false), false);
        imports.importItems(projectId, FormatChoice.DETECT, items(itemCount), null);
        annotators.forEach(a -> projects.invite(projectId, a));
        logins.signOut();

        Map<String, List<String>> seenByWorker = new ConcurrentHashMap<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        List<Future<Integer>> done = new ArrayList<>();
        for (String annotator : annotators) {
            done.add(pool.submit(() -> {
                logins.signIn(annotator);
                try {
                    start.await();
                    List<String> mine = seenByWorker.computeIfAbsent(annotator, x -> new ArrayList<>());
                    for (Optional<WorkItem> next = work.next(projectId);
                            next.isPresent();
                            next = work.next(projectId)) {
                        mine.add(next.get().itemKey());
                        work.submit(
                                projectId, next.get().assignmentId(), Map.of("pick", mine.size() % 2 == 0 ? "A" : "B"));
                    }
                    return mine.size();
                } finally {
                    logins.signOut();
                }
            }));
        }
        start.countDown();
        int total = 0;
        for (Future<Integer> f : done) {
            total += f.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();

        assertThat(total).isEqualTo(itemCount * k);
        seenByWorker.forEach((worker, seen) ->
                assertThat(new HashSet<>(seen)).as("items of " + worker).hasSameSizeAs(seen));
        Map<String, Long> perItem = seenByWorker.values().stream()
                .flatMap(List::stream)
                .collect(Collectors.groupingBy(x -> x, Collectors.counting()));
        assertThat(perItem).hasSize(itemCount);
        assertThat(perItem.values()).allMatch(n -> n == k);

        // the stored judgements agree with what the workers saw
        logins.signIn(researcher);
        List<String> rows = export.judgementsCsv(projectId).lines().skip(1).toList();
        assertThat(rows).hasSize(itemCount * k);
        Set<String> pairs = new HashSet<>();
        Map<String, Integer> storedPerItem = new HashMap<>();
        for (String row : rows) {
            String[] f = row.split(",");
            assertThat(pairs.add(f[0] + "/" + f[1]))
                    .as("one judgement per item and rater")
                    .isTrue();
            storedPerItem.merge(f[0], 1, Integer::sum);
        }
        assertThat(storedPerItem.values()).allMatch(n -> n == k);
    }

    @Test
    void aWorkerCapStopsAssignmentAndAStaleHoldReturnsTheSameItemToItsHolder() {
        String researcher = logins.createUser("res", Roles.RESEARCHER);
        String annotator = logins.createUser("capped", Roles.ANNOTATOR);
        logins.signIn(researcher);
        long projectId = projects.create("Cap", ProjectTemplate.BLANK).id();
        projects.addQuestion(projectId, QuestionSpec.singleChoice("pick", "Which?", List.of("A", "B"), true), false);
        imports.importItems(projectId, FormatChoice.DETECT, items(5), null);
        ProjectSummary p = projects.find(projectId).orElseThrow();
        projects.update(projectId, new ProjectSettings(p.title(), "", "", 2, 2, 600));
        projects.invite(projectId, annotator);

        logins.signIn(annotator);
        WorkItem first = work.next(projectId).orElseThrow();
        assertThat(work.next(projectId)).map(WorkItem::assignmentId).contains(first.assignmentId());
        work.submit(projectId, first.assignmentId(), Map.of("pick", "unsure"));
        WorkItem second = work.next(projectId).orElseThrow();
        assertThat(second.itemKey()).isNotEqualTo(first.itemKey());
        work.submit(projectId, second.assignmentId(), Map.of("pick", "A"));
        assertThat(work.next(projectId)).as("cap of 2 reached").isEmpty();
    }

    static DatasetSource items(int n) {
        StringBuilder csv = new StringBuilder("id,context,option_a,option_b\n");
        for (int i = 1; i <= n; i++) {
            csv.append("item").append(i).append(",Situation ").append(i).append(",Do it,Leave it\n");
        }
        return DatasetSource.ofText("items.csv", csv.toString());
    }
}
