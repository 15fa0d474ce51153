package org.moralbase.questionnaire.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.ImportException;

class ItemFilesTest {

    private static final Scales BUILT_IN = Scales.of(null);

    private static List<String> problems(String name, String text, Scales scales) {
        try {
            ItemFiles.read(DatasetSource.ofText(name, text), scales);
        } catch (ImportException e) {
            return e.messages();
        }
        throw new AssertionError("no problem found in " + name);
    }

    @Test
    void aGoodFileReadsEveryColumnAndRoundTrips() {
        String csv = "item_id,text,scale,subscale,reverse,block,attention\n"
                + "r1,I like risks.,agree7,risk,no,A,\n"
                + "r2,\"I avoid risks, mostly.\",1-5,risk,yes,A,\n"
                + "h1,Harm is wrong.,Never|Sometimes|Always,harm,0,,\n"
                + "c1,Please choose 'Agree'.,agree7,,no,B,Agree\n"
                + "c2,Please choose 2.,often,,,B,2\n";
        List<ItemRow> rows =
                ItemFiles.read(DatasetSource.ofText("items.csv", csv), Scales.of("often=Never|Rarely|Often"));
        assertThat(rows).extracting(ItemRow::key).containsExactly("r1", "r2", "h1", "c1", "c2");
        assertThat(rows.get(0).scale()).isEqualTo(Scales.AGREE7);
        assertThat(rows.get(1).scale()).isEqualTo(Scales.AGREE5);
        assertThat(rows.get(1).reverse()).isTrue();
        assertThat(rows.get(1).text()).isEqualTo("I avoid risks, mostly.");
        assertThat(rows.get(2).scale().labels()).containsExactly("Never", "Sometimes", "Always");
        assertThat(rows.get(2).block()).isNull();
        assertThat(rows.get(3).attentionPoint()).isEqualTo(6); // "Agree" is point 6 of agree7
        assertThat(rows.get(3).subscale()).isNull();
        assertThat(rows.get(4).attentionPoint()).isEqualTo(2);
        assertThat(rows.get(4).scale().name()).isEqualTo("often");
        List<ItemRow> again = ItemFiles.read(
                DatasetSource.ofText("again.csv", ItemFiles.csv(rows)), Scales.of("often=Never|Rarely|Often"));
        assertThat(again).isEqualTo(rows);
        assertThat(ItemFiles.scoringCsv(rows).lines().toList())
                .containsExactly("item,subscale,reverse", "r1,risk,no", "r2,risk,yes", "h1,harm,no");
    }

    @Test
    void everyBadLineIsNamedWithItsFieldAndNothingIsReturned() {
        String csv = "item_id,text,scale,subscale,reverse,attention\n"
                + "a,Fine.,agree7,s,no,\n" // line 2: fine
                + "b,Out of range.,agree5,,no,7\n" // line 3
                + "c,Unknown scale.,agree9,s,no,\n" // line 4
                + "a,Duplicate.,agree7,s,no,\n" // line 5
                + "d,,agree7,s,no,\n" // line 6
                + "e,Bad reverse.,agree7,s,maybe,\n" // line 7
                + "f,No subscale.,agree7,,no,\n" // line 8
                + "g|h,Bar in id.,agree7,s,no,\n" // line 9
                + "i,Bad label.,agree7,,no,Totally\n" // line 10
                + "j,One label.,Only,s,no,\n"; // line 11
        List<String> problems = problems("bad.csv", csv, BUILT_IN);
        assertThat(problems)
                .containsExactly(
                        "bad.csv line 3, field attention: scale point '7' is out of range: 1 to 5 or a label of agree5"
                                + " (Strongly disagree, Disagree, Neither agree nor disagree, Agree, Strongly agree)",
                        "bad.csv line 4, field scale: unknown scale 'agree9': one of agree5, 1-5, agree7, 1-7, or the"
                                + " labels written out as label 1|label 2|…",
                        "bad.csv line 5, field item_id: item id 'a' is already on line 2",
                        "bad.csv line 6, field text: is empty",
                        "bad.csv line 7, field reverse: yes or no (also true/false, 1/0), found 'maybe'",
                        "bad.csv line 8, field subscale: is empty (only an attention item has no subscale)",
                        "bad.csv line 9, field item_id: item id 'g|h': at most 60 characters, no '|'",
                        "bad.csv line 10, field attention: scale point 'Totally' is out of range: 1 to 7 or a label of"
                                + " agree7 (Strongly disagree, Disagree, Somewhat disagree, Neither agree nor disagree,"
                                + " Somewhat agree, Agree, Strongly agree)",
                        "bad.csv line 11, field scale: unknown scale 'Only': one of agree5, 1-5, agree7, 1-7, or the"
                                + " labels written out as label 1|label 2|…");
    }

    @Test
    void aScaleWrittenInTheFileNeedsTwoToElevenLabels() {
        assertThat(problems("one.csv", "item_id,text,scale,subscale,reverse\nx,T,A|,s,no\n", BUILT_IN))
                .containsExactly("one.csv line 2, field scale: scale custom: every point needs a label");
        assertThat(problems(
                        "many.csv",
                        "item_id,text,scale,subscale,reverse\nx,T,1|2|3|4|5|6|7|8|9|10|11|12,s,no\n",
                        BUILT_IN))
                .containsExactly("many.csv line 2, field scale: scale custom: 2 to 11 points, found 12");
    }

    @Test
    void missingColumnsAndEmptyFilesAreRefused() {
        assertThat(problems("cols.csv", "item_id,text,scale\nx,T,agree7\n", BUILT_IN))
                .anyMatch(m -> m.contains("subscale"))
                .anyMatch(m -> m.contains("reverse"));
        assertThat(problems("empty.csv", "item_id,text,scale,subscale,reverse\n", BUILT_IN))
                .anyMatch(m -> m.contains("no items"));
    }

    @Test
    void theScalesSettingNamesItsBadLine() {
        assertThat(Scales.of("# mine\n\nfreq=Never|Often").resolve("FREQ").labels())
                .containsExactly("Never", "Often");
        assertThatThrownBy(() -> Scales.of("freq=Never|Often\nno equals sign"))
                .hasMessageStartingWith("Scales: line 2:");
        assertThatThrownBy(() -> Scales.of("one=Only"))
                .hasMessage("Scales: line 1: scale one: 2 to 11 points, found 1");
    }
}
