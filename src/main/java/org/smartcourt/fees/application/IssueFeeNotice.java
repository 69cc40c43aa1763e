package org.smartcourt.fees.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.smartcourt.courts.Courts;
import org.smartcourt.docket.ActorRole;
import org.smartcourt.docket.CaseRegistered;
import org.smartcourt.docket.Docket;
import org.smartcourt.docket.NewNode;
import org.smartcourt.documents.Documents;
import org.smartcourt.fees.domain.FeeNotice;
import org.smartcourt.fees.domain.RegisteredCaseFacts;
import org.smartcourt.fees.ledger.LedgerTransaction;
import org.smartcourt.fees.payment.Endpoints;
import org.smartcourt.fees.payment.PaymentProperties;
import org.smartcourt.fees.persistence.FeeNotices;
import org.smartcourt.fees.persistence.JdbcLedger;
import org.smartcourt.shared.CourtCalendar;
import org.smartcourt.shared.Money;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assesses the acceptance fee of a registered case and issues the fee notice (缴费通知书) to the plaintiffs: stored,
 * charged to the case's ledger, sealed as a PDF and recorded on the case's timeline. Once per case.
 */
@Component
public class IssueFeeNotice {

    private final FeeNotices notices;
    private final JdbcLedger ledger;
    private final QuoteFee quotes;
    private final Courts courts;
    private final Documents documents;
    private final Docket docket;
    private final NoticeTexts texts;
    private final CourtCalendar calendar;
    private final PaymentProperties properties;
    private final Endpoints endpoints;
    private final RemindFeeDue reminder;
    private final Clock clock;

    IssueFeeNotice(
            FeeNotices notices,
            JdbcLedger ledger,
            QuoteFee quotes,
            Courts courts,
            Documents documents,
            Docket docket,
            NoticeTexts texts,
            CourtCalendar calendar,
            PaymentProperties properties,
            Endpoints endpoints,
            RemindFeeDue reminder,
            Clock clock) {
        this.notices = notices;
        this.ledger = ledger;
        this.quotes = quotes;
        this.courts = courts;
        this.documents = documents;
        this.docket = docket;
        this.texts = texts;
        this.calendar = calendar;
        this.properties = properties;
        this.endpoints = endpoints;
        this.reminder = reminder;
        this.clock = clock;
    }

    @Transactional
    public void issue(CaseRegistered registered) {
        var caseId = registered.caseId().value();
        if (!notices.ofCase(caseId).isEmpty()) {
            return; // a redelivered event: the notice exists
        }
        var court = courts.find(registered.court()).orElseThrow();
        var province = court.province().value();
        var facts = RegisteredCaseFacts.of(
                registered.caseNumber().typeCode(),
                registered.cause().name(),
                Money.of(registered.amount().yuan()),
                registered.procedure().name());
        var registeredOn = LocalDate.ofInstant(registered.registeredAt(), clock.getZone());
        var assessment = quotes.quote(facts.facts(), registeredOn, province);
        var today = LocalDate.now(clock);
        // Art. 22 ¶1: within 7 days from the day after receiving the notice; CPL Art. 85 counts the period
        var deadline = calendar.lastDayOf(today, properties.noticeDays());
        var nothingDue = assessment.total().isZero();
        var notice = new FeeNotice(
                UUID.randomUUID(),
                caseId,
                registered.caseNumber().toString(),
                registered.court().value(),
                court.name(),
                registered.plaintiffs(),
                assessment.total(),
                assessment.total(),
                texts.breakdown(assessment),
                facts.assumption(),
                facts.facts(),
                province,
                today,
                deadline,
                nothingDue ? FeeNotice.Status.NOTHING_DUE : FeeNotice.Status.UNPAID,
                null,
                clock.instant());
        if (!notices.insertOnce(notice)) {
            return;
        }
        if (!nothingDue) {
            ledger.book(
                    LedgerTransaction.charge(caseId, notice.court(), notice.id().toString(), notice.amount()),
                    clock.instant());
        }
        var pdf = documents.issueSealed(
                registered.court(),
                court.name(),
                texts.text("fees.pdf.notice.title", java.util.Locale.SIMPLIFIED_CHINESE),
                "fee-notice",
                texts.noticeBody(notice, endpoints.platform() + "/cases/" + caseId + "/fees"),
                notice.caseNumber());
        notices.attachDocument(notice.id(), pdf.hash().value());
        docket.recordNode(
                registered.caseId(),
                new NewNode(
                        ActorRole.COURT,
                        null,
                        nothingDue ? "fees.node.nothingDue" : "fees.node.noticeIssued",
                        List.of(notice.amount().toString(), deadline.toString()),
                        List.of(pdf.hash().value()),
                        nothingDue ? null : deadline));
        if (!nothingDue) {
            reminder.schedule(notice, notice.amountDue(), deadline);
        }
    }
}
