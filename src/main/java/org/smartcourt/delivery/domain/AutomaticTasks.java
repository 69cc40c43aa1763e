package org.smartcourt.delivery.domain;

import java.util.List;
import java.util.UUID;
import org.smartcourt.shared.CourtCode;

/** The automatic services of registered cases. */
public interface AutomaticTasks {

    /** Adds the task unless the case already has it. */
    void addOnce(AutomaticTask task);

    void update(AutomaticTask task);

    List<AutomaticTask> ofCase(UUID caseId);

    /** The task, held against concurrent changes until the transaction ends. */
    java.util.Optional<AutomaticTask> lock(UUID caseId, AutomaticItem item);

    /** The cases with a task not done that has been tried fewer than {@code maxAttempts} times. */
    List<UUID> casesToRetry(int maxAttempts);

    /** The court's tasks not done, the earliest due first. */
    List<AutomaticTask> openAt(CourtCode court);
}
