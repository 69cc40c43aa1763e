package org.smartcourt.docket.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class JudgeDrawTests {

    private static final List<String> JUDGES = List.of("judge-a", "judge-b", "judge-c");

    @Test
    void aSeededRandomDrawIsRepeatableAndUsesEveryJudge() {
        var first = IntStream.range(0, 30)
                .mapToObj(i -> new JudgeDraw(new Random(42)).choose(JUDGES, AssignmentMethod.RANDOM, i + 1, null))
                .toList();
        var draw = new JudgeDraw(new Random(7));
        var drawn = IntStream.range(0, 60)
                .mapToObj(i -> draw.choose(JUDGES, AssignmentMethod.RANDOM, i + 1, null)
                        .orElseThrow())
                .distinct()
                .toList();

        assertThat(first).containsOnly(first.get(0));
        assertThat(drawn).containsExactlyInAnyOrderElementsOf(JUDGES);
    }

    @Test
    void theRuleGivesCasesToTheJudgesInTurnBySerial() {
        var draw = new JudgeDraw(new Random(1));

        assertThat(IntStream.rangeClosed(1, 4)
                        .mapToObj(serial -> draw.choose(JUDGES, AssignmentMethod.RULE, serial, null)
                                .orElseThrow()))
                .containsExactly("judge-a", "judge-b", "judge-c", "judge-a");
    }

    @Test
    void aDesignatedJudgeMustBeEligible() {
        var draw = new JudgeDraw(new Random(1));

        assertThat(draw.choose(JUDGES, AssignmentMethod.MANUAL, 1, "judge-b")).contains("judge-b");
        assertThatThrownBy(() -> draw.choose(JUDGES, AssignmentMethod.MANUAL, 1, "judge-x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCourtWithoutJudgesGetsNoAssignment() {
        assertThat(new JudgeDraw(new Random(1)).choose(List.of(), AssignmentMethod.RANDOM, 1, null))
                .isEmpty();
    }
}
