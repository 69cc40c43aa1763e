package org.smartcourt.delivery.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcourt.delivery.domain.AutomaticItem;
import org.smartcourt.delivery.domain.AutomaticTask;
import org.smartcourt.delivery.domain.AutomaticTasks;
import org.smartcourt.delivery.domain.CaseFacts;
import org.smartcourt.delivery.domain.RegisteredCases;
import org.smartcourt.docket.CaseId;
import org.smartcourt.documents.DocumentHash;
import org.smartcourt.filing.Complaints;
import org.smartcourt.shared.CourtCalendar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.ErrorResponseException;

/**
 * Serves what a registered case needs without a clerk: the acceptance notice (generated and sealed here) and the fee
 * notice (issued by the fees module) to the plaintiffs, the complaint to the defendants (CPL Art. 128: within 5 days;
 * 在线诉讼规则 Art. 9(1)). Each item is tried on its own; a failure is recorded with its reason for the clerk and tried
 * again later, an item whose document is not there yet waits for it.
 */
@Component
public class ServeAutomatically {

    /** The document type under which the fees module issues its fee notice. */
    static final String FEE_NOTICE_TYPE = "fee-notice";

    private static final Logger log = LoggerFactory.getLogger(ServeAutomatically.class);

    private final RegisteredCases cases;
    private final AutomaticTasks tasks;
    private final Sources sources;
    private final ServeDocument serve;
    private final DeliveryProperties properties;
    private final CourtCalendar calendar;
    private final TransactionTemplate transactions;
    private final Clock clock;

    /** Where the documents served automatically come from. */
    record Sources(
            IssueAcceptanceNotice acceptance, Complaints complaints, OneSealAtATime gate, DeliveryAccess access) {}

    ServeAutomatically(
            RegisteredCases cases,
            AutomaticTasks tasks,
            IssueAcceptanceNotice acceptance,
            Complaints complaints,
            OneSealAtATime gate,
            DeliveryAccess access,
            ServeDocument serve,
            DeliveryProperties properties,
            CourtCalendar calendar,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.cases = cases;
        this.tasks = tasks;
        this.sources = new Sources(acceptance, complaints, gate, access);
        this.serve = serve;
        this.properties = properties;
        this.calendar = calendar;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Keeps the registered case and plans its automatic services, once. */
    public void plan(CaseFacts facts) {
        transactions.executeWithoutResult(status -> {
            cases.add(facts);
            if (!properties.automatic()) {
                return;
            }
            // CPL Art. 128: within 5 days of registration; CPL Art. 85: the day of registration is not counted.
            var dueOn = calendar.lastDayOf(
                    LocalDate.ofInstant(facts.registeredAt(), clock.getZone()), properties.automaticDays());
            for (var item : AutomaticItem.values()) {
                tasks.addOnce(new AutomaticTask(
                        facts.caseId(),
                        item,
                        facts.court().value(),
                        facts.caseNumber().toString(),
                        AutomaticTask.Status.PENDING,
                        null,
                        List.of(),
                        0,
                        dueOn,
                        null,
                        clock.instant()));
            }
        });
    }

    /** Tries every automatic service of the case that is not done yet. */
    public void attempt(UUID caseId) {
        if (!properties.automatic()) {
            return;
        }
        var facts = cases.find(caseId).orElse(null);
        if (facts == null) {
            return;
        }
        for (var task : tasks.ofCase(caseId)) {
            if (task.isDone()) {
                continue;
            }
            try {
                attempt(facts, task);
            } catch (RuntimeException e) {
                log.warn("Automatic service of {} for case {} failed", task.item(), caseId, e);
                failed(task, e);
            }
        }
    }

    private void attempt(CaseFacts facts, AutomaticTask task) {
        switch (task.item()) {
            case ACCEPTANCE_NOTICE -> {
                var hash = task.documentHash();
                if (hash == null) {
                    var outline = sources.access().outline(facts.caseId());
                    var issued = sources.gate().run(() -> sources.acceptance().issue(facts, outline));
                    hash = issued.value();
                    var withDocument = task.withDocument(hash, clock.instant());
                    transactions.executeWithoutResult(status -> tasks.update(withDocument));
                }
                served(task, hash);
            }
            case FEE_NOTICE -> {
                var hash = cases.document(facts.caseNumber().toString(), FEE_NOTICE_TYPE);
                if (hash.isPresent()) {
                    served(task, hash.get());
                } else {
                    update(
                            task.item(),
                            facts.caseId(),
                            current -> current.waiting("delivery.automatic.waitingForFeeNotice", clock.instant()));
                }
            }
            case COMPLAINT_COPY -> {
                var hash = sources.complaints().complaintOf(new CaseId(facts.caseId()));
                if (hash.isPresent()) {
                    served(task, hash.get().value());
                } else {
                    update(
                            task.item(),
                            facts.caseId(),
                            current -> current.failed("delivery.automatic.noComplaint", List.of(), clock.instant()));
                }
            }
        }
    }

    private void served(AutomaticTask task, String hash) {
        transactions.executeWithoutResult(status -> {
            var current = tasks.lock(task.caseId(), task.item()).orElseThrow();
            if (current.isDone()) {
                return;
            }
            serve.byCourt(
                    new ServeDocument.Request(
                            task.caseId(),
                            task.item().kind(),
                            null,
                            List.of(),
                            Set.of(task.item().recipients())),
                    DocumentHash.of(hash));
            tasks.update(current.done(hash, clock.instant()));
        });
    }

    private void failed(AutomaticTask task, RuntimeException e) {
        String code;
        List<String> arguments;
        if (e instanceof ErrorResponseException problem && problem.getDetailMessageCode() != null) {
            code = problem.getDetailMessageCode();
            var raw = problem.getDetailMessageArguments();
            arguments = raw == null
                    ? List.of()
                    : java.util.Arrays.stream(raw).map(String::valueOf).toList();
        } else {
            code = "delivery.automatic.error";
            arguments = List.of(e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()));
        }
        try {
            update(task.item(), task.caseId(), current -> current.failed(code, arguments, clock.instant()));
        } catch (RuntimeException again) {
            log.error("Could not record the failure of {} for case {}", task.item(), task.caseId(), again);
        }
    }

    private void update(AutomaticItem item, UUID caseId, java.util.function.UnaryOperator<AutomaticTask> change) {
        transactions.executeWithoutResult(status -> tasks.lock(caseId, item)
                .filter(current -> !current.isDone())
                .ifPresent(current -> tasks.update(change.apply(current))));
    }
}
