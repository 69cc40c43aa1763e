package org.smartcourt.docket.domain;

import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/** Chooses the judge of a newly registered case among the court's eligible judges. */
public class JudgeDraw {

    private final RandomGenerator random;

    public JudgeDraw(RandomGenerator random) {
        this.random = random;
    }

    /**
     * The chosen judge, or empty when the court has no eligible judge.
     *
     * @param judges the eligible judges in a stable order
     * @param serial the case serial, for the rule that gives cases to the judges in turn
     * @param designated the judge the clerk designated, for MANUAL
     * @throws IllegalArgumentException when a designated judge is not among the eligible ones
     */
    public Optional<String> choose(
            List<String> judges, AssignmentMethod method, long serial, @Nullable String designated) {
        if (method == AssignmentMethod.MANUAL) {
            if (designated == null || !judges.contains(designated)) {
                throw new IllegalArgumentException("The designated judge is not an eligible judge of the court");
            }
            return Optional.of(designated);
        }
        if (judges.isEmpty()) {
            return Optional.empty();
        }
        var index = method == AssignmentMethod.RANDOM
                ? random.nextInt(judges.size())
                : (int) ((serial - 1) % judges.size());
        return Optional.of(judges.get(index));
    }
}
