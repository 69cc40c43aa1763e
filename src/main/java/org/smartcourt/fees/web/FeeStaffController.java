package org.smartcourt.fees.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.smartcourt.fees.application.ListStaffTasks;
import org.smartcourt.fees.application.Reconcile;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Court staff's fee work: the judges' tasks, and reconciliation with the gateway for finance and administrators. */
@RestController
@Tag(name = "Court fees administration", description = "Judges' fee tasks and reconciliation (对账)")
class FeeStaffController {

    private final ListStaffTasks tasks;
    private final Reconcile reconcile;
    private final MessageSource messages;

    FeeStaffController(ListStaffTasks tasks, Reconcile reconcile, MessageSource messages) {
        this.tasks = tasks;
        this.reconcile = reconcile;
        this.messages = messages;
    }

    record TaskView(String id, String caseId, String caseNumber, String court, String kind, String text) {}

    record Reconciliation(LocalDate date, boolean matches, List<Reconcile.Difference> differences) {}

    @GetMapping("/api/v1/staff/tasks")
    @Operation(summary = "Open tasks at the caller's courts (e.g. fee unpaid at the deadline)")
    List<TaskView> tasks(Authentication caller, Locale locale) {
        return tasks.of(caller.getName()).stream()
                .map(task -> new TaskView(
                        task.id().toString(),
                        task.caseId().toString(),
                        task.caseNumber(),
                        task.court(),
                        task.kind(),
                        messages.getMessage(task.message(), new Object[] {task.caseNumber()}, locale)))
                .toList();
    }

    @PostMapping("/api/v1/admin/reconciliation")
    @PreAuthorize("hasAnyRole('FINANCE', 'ADMIN')")
    @Operation(summary = "Reconciles the ledger with the gateway's statement of a day and lists the differences")
    Reconciliation reconcile(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        var differences = reconcile.reconcile(date);
        return new Reconciliation(date, differences.isEmpty(), differences);
    }
}
