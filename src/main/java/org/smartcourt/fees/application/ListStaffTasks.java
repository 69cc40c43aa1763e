package org.smartcourt.fees.application;

import java.util.List;
import java.util.Set;
import org.smartcourt.fees.persistence.JudgeTasks;
import org.smartcourt.identity.CourtStaffDirectory;
import org.smartcourt.identity.Role;
import org.smartcourt.shared.CourtCode;
import org.springframework.stereotype.Component;

/** The open tasks of the courts where the caller is a judge or the president. */
@Component
public class ListStaffTasks {

    private final JudgeTasks tasks;
    private final CourtStaffDirectory staff;

    ListStaffTasks(JudgeTasks tasks, CourtStaffDirectory staff) {
        this.tasks = tasks;
        this.staff = staff;
    }

    public List<JudgeTasks.Task> of(String username) {
        return tasks.open().stream()
                .filter(task -> staff.holdsRoleAt(
                        username, CourtCode.of(task.court()), Set.of(Role.JUDGE, Role.PRESIDENT, Role.CLERK)))
                .toList();
    }
}
