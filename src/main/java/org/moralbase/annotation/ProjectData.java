package org.moralbase.annotation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.moralbase.annotation.domain.AnnotationAnswer;
import org.moralbase.annotation.domain.AnnotationItem;
import org.moralbase.annotation.domain.AnnotationItemRepository;
import org.moralbase.annotation.domain.AnnotationMember;
import org.moralbase.annotation.domain.AnnotationMemberRepository;
import org.moralbase.annotation.domain.AnnotationQuestion;
import org.moralbase.annotation.domain.AnnotationQuestionRepository;
import org.moralbase.annotation.domain.AnswerRepository;
import org.moralbase.annotation.domain.Assignment;
import org.moralbase.annotation.domain.AssignmentRepository;
import org.moralbase.annotation.domain.AssignmentStatus;
import org.moralbase.annotation.domain.FinalLabel;
import org.moralbase.annotation.domain.FinalLabelRepository;
import org.moralbase.security.AccountDirectory;
import org.moralbase.security.AccountRef;
import org.springframework.stereotype.Component;

/** Loads a project's judgements, gold answers, exclusions and decisions, for quality, review and export. */
@Component
class ProjectData {

    private final AnnotationItemRepository items;
    private final AnnotationQuestionRepository questions;
    private final AssignmentRepository assignments;
    private final AnswerRepository answers;
    private final AnnotationMemberRepository members;
    private final FinalLabelRepository finals;
    private final AccountDirectory directory;

    ProjectData(
            AnnotationItemRepository items,
            AnnotationQuestionRepository questions,
            AssignmentRepository assignments,
            AnswerRepository answers,
            AnnotationMemberRepository members,
            FinalLabelRepository finals,
            AccountDirectory directory) {
        this.items = items;
        this.questions = questions;
        this.assignments = assignments;
        this.answers = answers;
        this.members = members;
        this.finals = finals;
        this.directory = directory;
    }

    /** Everything about one project, read in one go. */
    record Snapshot(
            List<AnnotationItem> items,
            List<AnnotationQuestion> questions,
            List<Judgement> judgements,
            Map<String, Map<String, String>> gold,
            Set<String> excluded,
            Map<String, FinalLabel> decisions) {

        List<QuestionSpec> specs() {
            return questions.stream().map(AnnotationQuestion::toSpec).toList();
        }

        /** The reviewer's decision on (item key, question code), if any. */
        Optional<FinalLabel> decision(String itemKey, String code) {
            return Optional.ofNullable(decisions.get(itemKey + "\u0000" + code));
        }
    }

    Snapshot load(long projectId) {
        List<AnnotationItem> allItems = items.findByProjectIdOrderById(projectId);
        Map<Long, AnnotationItem> itemById =
                allItems.stream().collect(Collectors.toMap(AnnotationItem::getId, Function.identity()));
        List<AnnotationQuestion> asked = questions.findByProjectIdAndComprehensionOrderByPosition(projectId, false);
        Map<Long, AnnotationQuestion> questionById =
                asked.stream().collect(Collectors.toMap(AnnotationQuestion::getId, Function.identity()));
        List<Assignment> done = assignments.findByProjectIdAndStatus(projectId, AssignmentStatus.DONE);
        done.sort(Comparator.comparing(Assignment::getSubmittedAt).thenComparing(Assignment::getId));
        List<AnnotationMember> team = members.findByProjectIdOrderById(projectId);
        Map<Long, String> names = memberNames(team);
        Map<Long, List<AnnotationAnswer>> answersByAssignment =
                answers
                        .findByAssignmentIdIn(
                                done.stream().map(Assignment::getId).toList())
                        .stream()
                        .collect(Collectors.groupingBy(AnnotationAnswer::getAssignmentId));
        List<Judgement> judgements = new ArrayList<>();
        for (Assignment a : done) {
            String itemKey = itemById.get(a.getItemId()).getItemKey();
            for (AnnotationAnswer answer : answersByAssignment.getOrDefault(a.getId(), List.of())) {
                AnnotationQuestion q = questionById.get(answer.getQuestionId());
                if (q != null) {
                    judgements.add(new Judgement(
                            itemKey,
                            names.get(a.getWorkerId()),
                            q.getCode(),
                            answer.getAnswer(),
                            a.getDurationMs() == null ? 0 : a.getDurationMs(),
                            a.getSubmittedAt()));
                }
            }
        }
        Map<String, Map<String, String>> gold = new LinkedHashMap<>();
        for (AnnotationItem item : allItems) {
            Map<String, String> forItem = new HashMap<>();
            MetadataJson.read(item.getMetadata()).forEach((key, value) -> {
                if (key.startsWith(ItemImportService.GOLD_PREFIX) && !value.isBlank()) {
                    forItem.put(key.substring(ItemImportService.GOLD_PREFIX.length()), value.strip());
                }
            });
            gold.put(item.getItemKey(), forItem);
        }
        Set<String> excluded = team.stream()
                .filter(AnnotationMember::isExcluded)
                .map(m -> names.get(m.getId()))
                .collect(Collectors.toSet());
        Map<String, FinalLabel> decisions = new HashMap<>();
        for (FinalLabel f : finals.findByItemIdIn(itemById.keySet())) {
            AnnotationQuestion q = questionById.get(f.getQuestionId());
            if (q != null) {
                decisions.put(itemById.get(f.getItemId()).getItemKey() + "\u0000" + q.getCode(), f);
            }
        }
        return new Snapshot(allItems, asked, judgements, gold, excluded, decisions);
    }

    /**
     * Each member's name as raters appear in quality views and exports, by member id: the username, or
     * {@code prolific:<PID>} / {@code mturk:<workerId>} for a crowd worker.
     */
    Map<Long, String> memberNames(List<AnnotationMember> team) {
        Map<Long, String> users = directory
                .byIds(team.stream()
                        .map(AnnotationMember::getUserId)
                        .filter(java.util.Objects::nonNull)
                        .collect(Collectors.toSet()))
                .values()
                .stream()
                .collect(Collectors.toMap(AccountRef::id, AccountRef::username));
        Map<Long, String> out = new HashMap<>();
        for (AnnotationMember m : team) {
            out.put(
                    m.getId(),
                    m.isCrowd()
                            ? m.getSource().toLowerCase(java.util.Locale.ROOT) + ":" + m.getExternalId()
                            : users.getOrDefault(m.getUserId(), "?"));
        }
        return out;
    }
}
