package org.moralbase.questionnaire;

import java.util.List;
import java.util.Optional;
import org.moralbase.questionnaire.ui.ItemsView;
import org.moralbase.questionnaire.ui.QuestionnaireSessionView;
import org.moralbase.questionnaire.ui.QuestionnaireSettingsView;
import org.moralbase.questionnaire.ui.ScoresView;
import org.moralbase.study.AttentionTable;
import org.moralbase.study.ItemImport;
import org.moralbase.study.ModelItems;
import org.moralbase.study.StudyExport;
import org.moralbase.study.StudyKind;
import org.moralbase.study.StudyPage;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Likert questionnaires as a kind of study (issue #15, decision 0029): people and models rate items on labelled
 * scales; subscale scores and item distributions of each are compared (docs/methods.md, "Questionnaires").
 */
@Component
@Order(50)
public class QuestionnaireKind implements StudyKind {

    /** The id stored with questionnaire studies. */
    public static final String ID = "QUESTIONNAIRE";

    private final QuestionnaireItems items;
    private final QuestionnairePrompts prompts;
    private final QuestionnaireExport export;
    private final QuestionnaireResults results;

    QuestionnaireKind(
            QuestionnaireItems items,
            QuestionnairePrompts prompts,
            QuestionnaireExport export,
            QuestionnaireResults results) {
        this.items = items;
        this.prompts = prompts;
        this.export = export;
        this.results = results;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Questionnaire";
    }

    @Override
    public String description() {
        return "Participants rate statements on labelled scales (Likert items, reverse-keyed and attention items);"
                + " subscale scores of people and models are compared.";
    }

    @Override
    public List<StudyPage> pages() {
        return List.of(
                StudyPage.of("settings", "Settings", QuestionnaireSettingsView.class),
                StudyPage.of("items", "Items", ItemsView.class),
                StudyPage.results("scores", "Scores", ScoresView.class));
    }

    @Override
    public Class<QuestionnaireSessionView> participantPage() {
        return QuestionnaireSessionView.class;
    }

    @Override
    public Optional<String> openingProblem(long studyId) {
        return items.openingProblem(studyId);
    }

    @Override
    public Optional<ItemImport> itemImport() {
        return Optional.of(items);
    }

    @Override
    public Optional<AttentionTable> attentionChecks() {
        return Optional.of(new AttentionTable("questionnaire_answer", "attention_passed"));
    }

    @Override
    public Optional<Object> results(long studyId) {
        return Optional.of(results.report(studyId));
    }

    @Override
    public Optional<ModelItems> modelItems() {
        return Optional.of(prompts);
    }

    @Override
    public List<StudyExport> exports(long studyId) {
        return List.of(
                StudyExport.text(
                        "answers",
                        "Answers, long format (CSV)",
                        "questionnaire-answers-" + studyId + ".csv",
                        "text/csv",
                        () -> export.answersCsv(studyId)),
                StudyExport.text(
                        "items-csv",
                        "Item bank (CSV)",
                        "questionnaire-items-" + studyId + ".csv",
                        "text/csv",
                        () -> items.csv(studyId)),
                StudyExport.text(
                        "items-scoring",
                        "Scoring key: item, subscale, reverse (CSV)",
                        "questionnaire-scoring-" + studyId + ".csv",
                        "text/csv",
                        () -> items.scoringCsv(studyId)));
    }

    @Override
    public int copyItems(long fromStudyId, long toStudyId) {
        return items.copy(fromStudyId, toStudyId);
    }
}
