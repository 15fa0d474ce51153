package org.moralbase.moralgraph.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.ImportException;
import org.moralbase.stats.moralgraph.TransitionVote;
import org.moralbase.stats.moralgraph.VoteType;

/** MGE's raw vote records in and out. */
class VoteFilesTest {

    private static DatasetSource file(String text) {
        return DatasetSource.ofText("votes.json", text);
    }

    @Test
    void readsTypeAndMges2023RelationshipFieldIgnoringOtherFields() {
        String text = """
                [
                  {"fromId": 165, "toId": 168, "contextId": "When making decisions", "type": "upgrade"},
                  {"userId": 2, "fromId": 174, "toId": 298, "story": "OLD", "contextId": "When making decisions",
                   "relationship": "no_upgrade", "comment": null},
                  {"fromId": "170", "toId": 172, "contextId": "When seeking support", "relationship": "not_sure"},
                  {"fromId": 5000000000, "toId": 1, "contextId": "c", "type": "upgrade"}
                ]
                """;
        assertThat(VoteFiles.read(file(text)))
                .containsExactly(
                        new TransitionVote(165, 168, "When making decisions", VoteType.UPGRADE),
                        new TransitionVote(174, 298, "When making decisions", VoteType.NO_UPGRADE),
                        new TransitionVote(170, 172, "When seeking support", VoteType.NOT_SURE),
                        new TransitionVote(5_000_000_000L, 1, "c", VoteType.UPGRADE)); // ids beyond int
    }

    @Test
    void writtenVotesReadBackTheSame() {
        List<TransitionVote> votes = List.of(
                new TransitionVote(1, 2, "c", VoteType.UPGRADE), new TransitionVote(2, 1, "d", VoteType.NOT_SURE));
        String text = VoteFiles.write(votes);
        assertThat(text).startsWith("[{\"fromId\":1,\"toId\":2,\"contextId\":\"c\",\"type\":\"upgrade\"}");
        assertThat(VoteFiles.read(file(text))).isEqualTo(votes);
        assertThat(VoteFiles.looksLikeVotes(text)).isTrue();
        assertThat(VoteFiles.looksLikeVotes("{\"fromId\":1,\"toId\":2,\"contextId\":\"c\",\"type\":\"upgrade\"}\n"))
                .isTrue();
        assertThat(VoteFiles.looksLikeVotes("{\n \"values\": [], \"edges\": []}"))
                .isFalse();
    }

    @Test
    void everyBadRecordIsNamedByElementAndFieldAndNothingIsRead() {
        String text = """
                [
                  {"fromId": 1, "toId": 2, "contextId": "c", "type": "upgrade"},
                  {"fromId": 1, "toId": 2, "contextId": "c", "type": "maybe"},
                  {"fromId": 1, "contextId": "c", "type": "upgrade"},
                  {"fromId": 3, "toId": 3, "contextId": "c", "type": "upgrade"},
                  {"fromId": 1, "toId": 2, "contextId": "c"},
                  {"fromId": 1, "toId": 2, "contextId": "c", "type": "upgrade", "relationship": "no_upgrade"},
                  {"fromId": 1.5, "toId": 2, "contextId": "", "type": "upgrade"}
                ]
                """;
        assertThatThrownBy(() -> VoteFiles.read(file(text)))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.messages())
                        .containsExactly(
                                "votes.json element 1 (line 3), field type: expected upgrade, no_upgrade or not_sure,"
                                        + " found 'maybe'",
                                "votes.json element 2 (line 4), field toId: is missing",
                                "votes.json element 3 (line 5), field toId: a transition from value 3 to itself",
                                "votes.json element 4 (line 6), field type: is missing (nor is there a relationship"
                                        + " field, as in MGE's 2023 files)",
                                "votes.json element 5 (line 7), field relationship: says 'no_upgrade' but type says"
                                        + " 'upgrade'",
                                "votes.json element 6 (line 8), field fromId: must be an integer, found a number '1.5'",
                                "votes.json element 6 (line 8), field contextId: is empty"));
    }

    @Test
    void votesOnUnknownValuesEmptyFilesAndBrokenJsonAreRefused() {
        String text = "[{\"fromId\": 1, \"toId\": 9, \"contextId\": \"c\", \"type\": \"upgrade\"}]";
        assertThatThrownBy(() -> VoteFiles.read(file(text), Set.of(1L, 2L)))
                .hasMessageContaining("element 0 (line 1), field toId: no value has id 9");
        assertThatThrownBy(() -> VoteFiles.read(file("[]"))).hasMessageContaining("no votes");
        assertThatThrownBy(() -> VoteFiles.read(file("[{\"fromId\": 1,")))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("votes.json");
    }
}
