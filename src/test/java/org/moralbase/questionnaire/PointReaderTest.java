package org.moralbase.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.moralbase.questionnaire.format.Scale;
import org.moralbase.questionnaire.format.Scales;

class PointReaderTest {

    private static final Scale AGREE7 = Scales.AGREE7;

    @Test
    void aNumberOnTheScaleOrAnExactLabelIsRead() {
        assertThat(PointReader.read(AGREE7, "5")).isEqualTo(5);
        assertThat(PointReader.read(AGREE7, " 7.\n")).isEqualTo(7);
        assertThat(PointReader.read(AGREE7, "\"3\"")).isEqualTo(3);
        assertThat(PointReader.read(AGREE7, "**1**")).isEqualTo(1);
        assertThat(PointReader.read(AGREE7, "Somewhat agree")).isEqualTo(5);
        assertThat(PointReader.read(AGREE7, "strongly DISAGREE.")).isEqualTo(1);
        assertThat(PointReader.read(AGREE7, "<think>maybe 2</think>6")).isEqualTo(6);
    }

    @Test
    void anythingElseIsUnreadable() {
        assertThat(PointReader.read(AGREE7, "8")).isZero(); // off the scale
        assertThat(PointReader.read(AGREE7, "0")).isZero();
        assertThat(PointReader.read(AGREE7, "5 (Somewhat agree)")).isZero();
        assertThat(PointReader.read(AGREE7, "I would say 5")).isZero();
        assertThat(PointReader.read(AGREE7, "4.5")).isZero();
        assertThat(PointReader.read(AGREE7, "5 or 6")).isZero();
        assertThat(PointReader.read(AGREE7, "agree strongly")).isZero(); // not a label as written
        assertThat(PointReader.read(AGREE7, "")).isZero();
        assertThat(PointReader.read(AGREE7, null)).isZero();
        assertThat(PointReader.read(Scales.AGREE5, "6")).isZero();
    }

    @Test
    void withoutTheItemsScaleOnlyANumberIsRead() {
        assertThat(PointReader.number("11")).isEqualTo(11);
        assertThat(PointReader.number("12")).isZero();
        assertThat(PointReader.number("Agree")).isZero();
    }
}
