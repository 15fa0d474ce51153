package org.moralbase.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.moralbase.IntegrationTest;
import org.moralbase.base.Roles;
import org.moralbase.dataimport.format.FormatChoice;
import org.moralbase.participation.ProlificIds;
import org.moralbase.participation.Source;
import org.moralbase.security.TestLogins;
import org.moralbase.study.Recruitment;
import org.springframework.beans.factory.annotation.Autowired;

class CrowdAnnotationIT extends IntegrationTest {

    @Autowired
    TestLogins logins;

    @Autowired
    AnnotationProjectService projects;

    @Autowired
    ItemImportService imports;

    @Autowired
    CrowdLinkService links;

    @Autowired
    CrowdWorkService crowd;

    @Autowired
    QualityService quality;

    @Autowired
    AnnotationExportService export;

    @AfterEach
    void signOut() {
        logins.signOut();
    }

    @Test
    void prolificWorkersAnnotateUnderTheSameRulesResumeByTheirIdAndGetTheirCodes() {
        String researcher = logins.createUser("res", Roles.RESEARCHER);
        logins.signIn(researcher);
        long projectId = projects.create("Crowd", ProjectTemplate.BLANK).id();
        projects.addQuestion(projectId, QuestionSpec.singleChoice("pick", "Which?", List.of("A", "B"), false), false);
        projects.addQuestion(
                projectId, QuestionSpec.check("attn", "Pick Blue", List.of("Red", "Blue"), "Blue", true), true);
        imports.importItems(projectId, FormatChoice.DETECT, ConcurrentAssignmentIT.items(4), null);
        ProjectSummary p = projects.find(projectId).orElseThrow();
        projects.update(projectId, new ProjectSettings(p.title(), "", "", 2, 3, 600));
        CrowdLink link = links.open(projectId, Recruitment.PROLIFIC, "DONE123", "OUT456");
        logins.signOut();

        // anonymous from here on, like a Prolific worker's browser
        assertThat(crowd.arrive("nosuchcode", prolific("x", "1"))).isInstanceOf(CrowdStart.NotFound.class);
        assertThat(crowd.arrive(link.code(), Map.of("STUDY_ID", List.of("s"))))
                .isInstanceOfSatisfying(
                        CrowdStart.BadLink.class, b -> assertThat(b.message()).contains("PROLIFIC_PID"));

        String a = ready(crowd.arrive(link.code(), prolific("PIDA", "sess1")));
        assertThat(crowd.brief(a).orElseThrow().checksPassed()).isFalse();
        assertThat(crowd.next(projectId, a)).as("no items before the checks").isEmpty();
        assertThat(crowd.answerChecks(a, Map.of("attn", "Blue"))).isEqualTo(CheckOutcome.PASSED);
        WorkItem held = crowd.next(projectId, a).orElseThrow();

        // a reload arrives again with the same PROLIFIC_PID: the same worker, still holding the same item
        String again = ready(crowd.arrive(link.code(), prolific("PIDA", "sess2")));
        assertThat(again).isEqualTo(a);
        assertThat(crowd.brief(again).orElseThrow().checksPassed()).isTrue();
        assertThat(crowd.next(projectId, again)).map(WorkItem::assignmentId).contains(held.assignmentId());

        List<String> seenA = work(projectId, a);
        String b = ready(crowd.arrive(link.code(), prolific("PIDB", "sess3")));
        assertThat(b).isNotEqualTo(a);
        assertThat(crowd.answerChecks(b, Map.of("attn", "Blue"))).isEqualTo(CheckOutcome.PASSED);
        List<String> seenB = work(projectId, b);

        assertThat(seenA).as("cap 3").hasSize(3).doesNotHaveDuplicates();
        assertThat(seenB).hasSize(3).doesNotHaveDuplicates();
        Map<String, Integer> perItem = new HashMap<>();
        seenA.forEach(i -> perItem.merge(i, 1, Integer::sum));
        seenB.forEach(i -> perItem.merge(i, 1, Integer::sum));
        assertThat(perItem.values()).as("at most k = 2 per item").allMatch(n -> n <= 2);
        assertThat(crowd.end(a))
                .isEqualTo(new CrowdEnd(CrowdEnd.Outcome.COMPLETED, Source.PROLIFIC, "DONE123", null, null));

        // an attention check answered wrongly screens the worker out, with the screen-out code
        String c = ready(crowd.arrive(link.code(), prolific("PIDC", "sess4")));
        assertThat(crowd.answerChecks(c, Map.of("attn", "Red"))).isEqualTo(CheckOutcome.SCREENED_OUT);
        assertThat(crowd.next(projectId, c)).isEmpty();
        assertThat(crowd.end(c).outcome()).isEqualTo(CrowdEnd.Outcome.SCREENED_OUT);
        assertThat(crowd.end(c).code()).isEqualTo("OUT456");

        // researchers see crowd workers like annotators: members, per-worker quality, judgements
        logins.signIn(researcher);
        assertThat(projects.members(projectId))
                .extracting(MemberView::username)
                .containsExactlyInAnyOrder(
                        "prolific:" + ProlificIds.of("PIDA"),
                        "prolific:" + ProlificIds.of("PIDB"),
                        "prolific:" + ProlificIds.of("PIDC"));
        assertThat(quality.report(projectId).workers())
                .extracting(QualityReport.WorkerRow::rater)
                .contains("prolific:" + ProlificIds.of("PIDA"), "prolific:" + ProlificIds.of("PIDB"));
        assertThat(export.judgementsCsv(projectId)).contains(",prolific:" + ProlificIds.of("PIDA") + ",pick,");
        quality.setExcluded(projectId, "prolific:" + ProlificIds.of("PIDB"), true);
        assertThat(projects.members(projectId))
                .filteredOn(MemberView::excluded)
                .extracting(MemberView::username)
                .containsExactly("prolific:" + ProlificIds.of("PIDB"));

        links.close(projectId);
        logins.signOut();
        assertThat(crowd.arrive(link.code(), prolific("PIDA", "sess5"))).isInstanceOf(CrowdStart.NotFound.class);
        assertThat(crowd.brief(a)).isEmpty();
    }

    private List<String> work(long projectId, String worker) {
        List<String> seen = new ArrayList<>();
        for (Optional<WorkItem> next = crowd.next(projectId, worker);
                next.isPresent();
                next = crowd.next(projectId, worker)) {
            seen.add(next.get().itemKey());
            crowd.submit(
                    projectId, worker, next.get().assignmentId(), Map.of("pick", seen.size() % 2 == 0 ? "A" : "B"));
        }
        assertThat(new HashSet<>(seen)).hasSameSizeAs(seen);
        return seen;
    }

    private static String ready(CrowdStart start) {
        assertThat(start).isInstanceOf(CrowdStart.Ready.class);
        return ((CrowdStart.Ready) start).workerId();
    }

    private static Map<String, List<String>> prolific(String pid, String session) {
        return Map.of(
                "PROLIFIC_PID",
                List.of(ProlificIds.of(pid)),
                "STUDY_ID",
                List.of(ProlificIds.of("study1")),
                "SESSION_ID",
                List.of(ProlificIds.of(session)));
    }
}
