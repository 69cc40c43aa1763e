package org.smartcourt.fees.application;

import java.time.Clock;
import java.util.UUID;
import org.smartcourt.fees.domain.PaymentOrder;
import org.smartcourt.fees.payment.Endpoints;
import org.smartcourt.fees.payment.GatewayUnavailable;
import org.smartcourt.fees.payment.PaymentGateway;
import org.smartcourt.fees.persistence.FeeNotices;
import org.springframework.stereotype.Component;

/**
 * Opens a gateway order for a fee notice and returns the hosted payment page. The open order of the notice is reused,
 * so paying twice from two tabs pays once.
 */
@Component
public class PayFeeNotice {

    private final FeeNotices notices;
    private final FeeAccess access;
    private final PaymentGateway gateway;
    private final Endpoints endpoints;
    private final Clock clock;

    PayFeeNotice(FeeNotices notices, FeeAccess access, PaymentGateway gateway, Endpoints endpoints, Clock clock) {
        this.notices = notices;
        this.access = access;
        this.gateway = gateway;
        this.endpoints = endpoints;
        this.clock = clock;
    }

    public PaymentOrder pay(UUID caseId, UUID noticeId, String username) {
        access.read(caseId, username);
        access.pay(caseId, username);
        var notice = notices.find(noticeId)
                .filter(found -> found.caseId().equals(caseId))
                .orElseThrow(() -> FeesProblem.notFound(noticeId));
        if (!notice.payable()) {
            throw FeesProblem.notPayable(noticeId);
        }
        // an order opened before fee relief changed the amount due is not reused
        var open = notices.openOrderFor(noticeId).filter(order -> order.amount().equals(notice.amountDue()));
        if (open.isPresent()) {
            return open.get();
        }
        var orderId = UUID.randomUUID();
        PaymentGateway.CreatedOrder created;
        try {
            created = gateway.createOrder(new PaymentGateway.OrderRequest(
                    orderId.toString(),
                    notice.amountDue(),
                    notice.caseNumber() + " 案件受理费",
                    endpoints.notifyUrl(),
                    endpoints.platform() + "/cases/" + caseId + "/fees?order=" + orderId));
        } catch (GatewayUnavailable e) {
            throw FeesProblem.gatewayUnavailable();
        }
        var order = new PaymentOrder(
                orderId,
                noticeId,
                caseId,
                notice.amountDue(),
                created.payUrl(),
                PaymentOrder.Status.CREATED,
                clock.instant());
        notices.insertOrder(order, username);
        return order;
    }
}
