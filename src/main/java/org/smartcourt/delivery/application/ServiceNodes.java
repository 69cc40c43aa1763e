package org.smartcourt.delivery.application;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.smartcourt.delivery.domain.Effect;
import org.smartcourt.delivery.domain.Service;
import org.smartcourt.docket.ActorRole;
import org.smartcourt.docket.CaseId;
import org.smartcourt.docket.Docket;
import org.smartcourt.docket.NewNode;
import org.springframework.stereotype.Component;

/** The nodes service adds to a case's timeline, which the parties see (审判流程信息公开). Addresses stay out. */
@Component
class ServiceNodes {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Docket docket;
    private final Clock clock;

    ServiceNodes(Docket docket, Clock clock) {
        this.docket = docket;
        this.clock = clock;
    }

    void sent(Service service, DeliveryAccess.@Nullable StaffMember actor) {
        record(
                service,
                actor,
                "delivery.node.sent",
                List.of(service.document().title(), service.recipient().name()),
                null);
    }

    void effective(Service service, Effect effect) {
        record(
                service,
                null,
                "delivery.node.effective." + camel(effect.basis().name()),
                List.of(service.document().title(), service.recipient().name(), time(effect.at())),
                null);
        var period = effect.period();
        if (period != null) {
            record(
                    service,
                    null,
                    "delivery.node.period." + camel(period.kind().name()),
                    List.of(
                            service.recipient().name(),
                            Integer.toString(period.days()),
                            period.lastDay().toString()),
                    period.lastDay());
        }
    }

    void posted(Service service, DeliveryAccess.StaffMember actor, String trackingNumber) {
        record(
                service,
                actor,
                "delivery.node.posted",
                List.of(service.document().title(), service.recipient().name(), trackingNumber),
                null);
    }

    void noticeIssued(Service service, DeliveryAccess.StaffMember actor) {
        var notice = java.util.Objects.requireNonNull(service.notice());
        record(
                service,
                actor,
                "delivery.node.notice",
                List.of(
                        service.document().title(),
                        service.recipient().name(),
                        notice.medium(),
                        notice.deemedServedOn().toString()),
                null);
    }

    private void record(
            Service service,
            DeliveryAccess.@Nullable StaffMember actor,
            String code,
            List<String> arguments,
            java.time.@Nullable LocalDate deadline) {
        docket.recordNode(
                new CaseId(service.caseId()),
                new NewNode(
                        actor == null ? ActorRole.COURT : actor.role(),
                        actor == null ? null : actor.name(),
                        code,
                        arguments,
                        List.of(service.document().hash().value()),
                        deadline));
    }

    /** Timeline message codes are camel case: {@code PUBLIC_NOTICE_ABROAD} becomes {@code publicNoticeAbroad}. */
    static String camel(String constant) {
        var words = constant.toLowerCase(java.util.Locale.ROOT).split("_");
        var code = new StringBuilder(words[0]);
        for (var i = 1; i < words.length; i++) {
            code.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return code.toString();
    }

    private String time(Instant instant) {
        return TIME.format(instant.atZone(clock.getZone()));
    }
}
