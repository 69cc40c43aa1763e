package org.smartcourt.delivery.application;

import org.smartcourt.delivery.domain.CaseFacts;
import org.smartcourt.delivery.domain.RegisteredCases;
import org.smartcourt.docket.CaseRegistered;
import org.smartcourt.documents.DocumentIssued;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts automatic service when the docket registers a case, resumes it when the fees module issues the case's fee
 * notice, and retries what failed. The listeners only record what is to be done, in a short transaction, and leave
 * the work to the module's own worker thread ({@link AutomaticServiceWorker}).
 */
@Component
class ServeOnRegistration {

    private final ServeAutomatically automatic;
    private final AutomaticServiceWorker worker;
    private final RegisteredCases cases;
    private final org.smartcourt.delivery.domain.AutomaticTasks tasks;
    private final DeliveryProperties properties;
    private final TransactionTemplate transactions;

    ServeOnRegistration(
            ServeAutomatically automatic,
            AutomaticServiceWorker worker,
            RegisteredCases cases,
            org.smartcourt.delivery.domain.AutomaticTasks tasks,
            DeliveryProperties properties,
            PlatformTransactionManager transactions) {
        this.automatic = automatic;
        this.worker = worker;
        this.cases = cases;
        this.tasks = tasks;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactions);
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(CaseRegistered registered) {
        automatic.plan(CaseFacts.of(registered));
        worker.submit(registered.caseId().value());
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(DocumentIssued issued) {
        var caseNumber = issued.caseReference();
        if (!ServeAutomatically.FEE_NOTICE_TYPE.equals(issued.documentType()) || caseNumber == null) {
            return;
        }
        transactions.executeWithoutResult(status -> cases.keepDocument(
                caseNumber, ServeAutomatically.FEE_NOTICE_TYPE, issued.hash().value()));
        cases.withNumber(caseNumber).ifPresent(facts -> worker.submit(facts.caseId()));
    }

    @Scheduled(
            fixedDelayString = "${smartcourt.delivery.check-interval:5m}",
            initialDelayString = "${smartcourt.delivery.check-interval:5m}")
    void retry() {
        tasks.casesToRetry(properties.maxAutomaticAttempts()).forEach(worker::submit);
    }
}
