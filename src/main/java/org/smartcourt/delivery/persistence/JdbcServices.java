package org.smartcourt.delivery.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.smartcourt.delivery.DocumentKind;
import org.smartcourt.delivery.domain.ChannelRecord;
import org.smartcourt.delivery.domain.ConsentBasis;
import org.smartcourt.delivery.domain.DependentPeriod;
import org.smartcourt.delivery.domain.DispatchStatus;
import org.smartcourt.delivery.domain.Effect;
import org.smartcourt.delivery.domain.EffectBasis;
import org.smartcourt.delivery.domain.Interaction;
import org.smartcourt.delivery.domain.InteractionKind;
import org.smartcourt.delivery.domain.NoticeGround;
import org.smartcourt.delivery.domain.PeriodKind;
import org.smartcourt.delivery.domain.PostalAddress;
import org.smartcourt.delivery.domain.PostalService;
import org.smartcourt.delivery.domain.PostalStatus;
import org.smartcourt.delivery.domain.PublicNotice;
import org.smartcourt.delivery.domain.Recipient;
import org.smartcourt.delivery.domain.ReturnReason;
import org.smartcourt.delivery.domain.ServedDocument;
import org.smartcourt.delivery.domain.Service;
import org.smartcourt.delivery.domain.ServiceChannel;
import org.smartcourt.delivery.domain.ServiceRate;
import org.smartcourt.delivery.domain.Services;
import org.smartcourt.docket.PartyRole;
import org.smartcourt.documents.DocumentHash;
import org.smartcourt.shared.CourtCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Services in {@code service} with their channel records in {@code service_channel} and the recipient's acts in
 * {@code service_interaction} (appended, never changed).
 */
@Repository
class JdbcServices implements Services {

    private final JdbcClient jdbc;

    JdbcServices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(Service service) {
        var document = service.document();
        var recipient = service.recipient();
        jdbc.sql("""
                insert into service (id, case_id, case_number, court, document_hash, document_title, document_kind,
                    recipient_id, recipient_name, recipient_role, recipient_account, domicile_abroad, consent,
                    confirmation_id, requested_by, requested_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        service.id(),
                        service.caseId(),
                        service.caseNumber(),
                        service.court().value(),
                        document.hash().value(),
                        document.title(),
                        document.kind().name(),
                        recipient.identification(),
                        recipient.name(),
                        recipient.role().name(),
                        recipient.account(),
                        recipient.domicileAbroad(),
                        service.consent().name(),
                        service.confirmationId(),
                        service.requestedBy(),
                        Rows.timestamp(service.requestedAt()))
                .update();
        update(service);
    }

    @Override
    public void update(Service service) {
        var postal = service.postal();
        var notice = service.notice();
        var effect = service.effect();
        var period = effect == null ? null : effect.period();
        var postalAddress = postal == null ? null : postal.address();
        jdbc.sql("""
                update service set postal_status = ?, postal_postcode = ?, postal_address = ?, postal_phone = ?,
                    postal_confirmed = ?, tracking_number = ?, posted_on = ?, received_on = ?, signed_by_addressee = ?,
                    returned_on = ?, return_reason = ?, postal_created_at = ?,
                    notice_issued_on = ?, notice_medium = ?, notice_ground = ?, notice_abroad = ?,
                    notice_deemed_on = ?, notice_issued_by = ?,
                    effective_at = ?, effective_on = ?, effective_basis = ?, effective_channel = ?,
                    period_kind = ?, period_days = ?, period_article = ?, period_last_day = ?
                where id = ?
                """)
                .params(
                        postal == null ? null : postal.status().name(),
                        postalAddress == null ? null : postalAddress.postcode(),
                        postalAddress == null ? null : postalAddress.address(),
                        postalAddress == null ? null : postalAddress.phone(),
                        postal == null ? null : postal.addressConfirmed(),
                        postal == null ? null : postal.trackingNumber(),
                        postal == null ? null : postal.postedOn(),
                        postal == null ? null : postal.receivedOn(),
                        postal == null ? null : postal.signedByAddressee(),
                        postal == null ? null : postal.returnedOn(),
                        postal == null || postal.returnReason() == null
                                ? null
                                : postal.returnReason().name(),
                        postal == null ? null : Rows.timestamp(postal.createdAt()),
                        notice == null ? null : notice.issuedOn(),
                        notice == null ? null : notice.medium(),
                        notice == null ? null : notice.ground().name(),
                        notice == null ? null : notice.abroad(),
                        notice == null ? null : notice.deemedServedOn(),
                        notice == null ? null : notice.issuedBy(),
                        effect == null ? null : Rows.timestamp(effect.at()),
                        effect == null ? null : effect.on(),
                        effect == null ? null : effect.basis().name(),
                        effect == null ? null : effect.channel().name(),
                        period == null ? null : period.kind().name(),
                        period == null ? null : period.days(),
                        period == null ? null : period.article(),
                        period == null ? null : period.lastDay(),
                        service.id())
                .update();
        for (var record : service.channels()) {
            jdbc.sql("""
                    insert into service_channel (service_id, channel, address, confirmed, access_token, status, at,
                        reference, failure)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (service_id, channel) do update set status = excluded.status, at = excluded.at,
                        reference = excluded.reference, failure = excluded.failure
                    """)
                    .params(
                            service.id(),
                            record.channel().name(),
                            record.address(),
                            record.addressConfirmed(),
                            record.accessToken(),
                            record.status().name(),
                            Rows.timestamp(record.at()),
                            record.reference(),
                            record.failure())
                    .update();
        }
        var interactions = service.interactions();
        for (var seq = 0; seq < interactions.size(); seq++) {
            var interaction = interactions.get(seq);
            jdbc.sql("""
                    insert into service_interaction (service_id, seq, kind, at, channel, actor)
                    values (?, ?, ?, ?, ?, ?)
                    on conflict (service_id, seq) do nothing
                    """)
                    .params(
                            service.id(),
                            seq,
                            interaction.kind().name(),
                            Rows.timestamp(interaction.at()),
                            interaction.channel() == null
                                    ? null
                                    : interaction.channel().name(),
                            interaction.actor())
                    .update();
        }
    }

    @Override
    public Optional<Service> find(UUID id) {
        return load("select * from service where id = ?", id).stream().findFirst();
    }

    @Override
    public Optional<Service> lock(UUID id) {
        return load("select * from service where id = ? for update", id).stream()
                .findFirst();
    }

    @Override
    public List<Service> ofCase(UUID caseId) {
        return load(
                "select * from service where case_id = ? order by requested_at, recipient_role, recipient_name",
                caseId);
    }

    @Override
    public List<UUID> withQueuedMessages(java.time.Instant requestedBefore) {
        return jdbc.sql("""
                select distinct c.service_id from service_channel c join service s on s.id = c.service_id
                where c.status = 'QUEUED' and s.requested_at < ?
                """)
                .param(Rows.timestamp(requestedBefore))
                .query((rs, n) -> rs.getObject(1, UUID.class))
                .list();
    }

    @Override
    public List<UUID> deemedServedBy(LocalDate day) {
        return jdbc.sql("select id from service where effective_at is null and notice_deemed_on <= ?")
                .param(day)
                .query((rs, n) -> rs.getObject(1, UUID.class))
                .list();
    }

    @Override
    public List<Service> needingAttention(CourtCode court) {
        return load("""
                select * from service s where court = ? and effective_at is null and (
                    postal_status in ('TO_POST', 'POSTED', 'RETURNED', 'RECEIVED')
                    or exists (select 1 from service_channel c where c.service_id = s.id and c.status = 'REFUSED'))
                order by requested_at
                """, court.value());
    }

    @Override
    public ServiceRate rate(CourtCode court) {
        return jdbc.sql("""
                select count(*) filter (where effective_channel in ('INBOX', 'EMAIL', 'SMS')) as electronic,
                       count(*) filter (where effective_at is not null) as effective,
                       count(*) filter (where effective_at is null) as pending
                from service where court = ?
                """)
                .param(court.value())
                .query((rs, n) ->
                        new ServiceRate(rs.getLong("electronic"), rs.getLong("effective"), rs.getLong("pending")))
                .single();
    }

    private List<Service> load(String sql, Object parameter) {
        var rows = jdbc.sql(sql).param(parameter).query((rs, n) -> new Row(rs)).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        var ids = rows.stream().map(Row::id).toArray(UUID[]::new);
        var channels = new HashMap<UUID, List<ChannelRecord>>();
        jdbc.sql("select * from service_channel where service_id = any(?) order by service_id, channel")
                .param(ids)
                .query((rs, n) -> {
                    channels.computeIfAbsent(rs.getObject("service_id", UUID.class), id -> new ArrayList<>())
                            .add(channel(rs));
                    return 0;
                })
                .list();
        var interactions = new HashMap<UUID, List<Interaction>>();
        jdbc.sql("select * from service_interaction where service_id = any(?) order by service_id, seq")
                .param(ids)
                .query((rs, n) -> {
                    interactions
                            .computeIfAbsent(rs.getObject("service_id", UUID.class), id -> new ArrayList<>())
                            .add(interaction(rs));
                    return 0;
                })
                .list();
        return rows.stream().map(row -> row.service(channels, interactions)).toList();
    }

    private static ChannelRecord channel(ResultSet rs) throws SQLException {
        return new ChannelRecord(
                ServiceChannel.valueOf(rs.getString("channel")),
                rs.getString("address"),
                rs.getBoolean("confirmed"),
                rs.getString("access_token"),
                DispatchStatus.valueOf(rs.getString("status")),
                Rows.instant(rs, "at"),
                rs.getString("reference"),
                rs.getString("failure"));
    }

    private static Interaction interaction(ResultSet rs) throws SQLException {
        var channel = rs.getString("channel");
        return new Interaction(
                InteractionKind.valueOf(rs.getString("kind")),
                Rows.requiredInstant(rs, "at"),
                channel == null ? null : ServiceChannel.valueOf(channel),
                rs.getString("actor"));
    }

    /** The columns of one {@code service} row, read while the result set is open. */
    private static final class Row {

        private final Map<String, @Nullable Object> values = new HashMap<>();
        private final UUID id;
        private final @Nullable PostalService postal;
        private final @Nullable PublicNotice notice;
        private final @Nullable Effect effect;

        Row(ResultSet rs) throws SQLException {
            id = rs.getObject("id", UUID.class);
            for (var column : List.of(
                    "case_number",
                    "court",
                    "document_hash",
                    "document_title",
                    "document_kind",
                    "recipient_id",
                    "recipient_name",
                    "recipient_role",
                    "recipient_account",
                    "consent",
                    "requested_by")) {
                values.put(column, rs.getString(column));
            }
            values.put("case_id", rs.getObject("case_id", UUID.class));
            values.put("confirmation_id", rs.getObject("confirmation_id", UUID.class));
            values.put("domicile_abroad", rs.getBoolean("domicile_abroad"));
            values.put("requested_at", Rows.requiredInstant(rs, "requested_at"));
            postal = postal(rs);
            notice = notice(rs);
            effect = effect(rs);
        }

        UUID id() {
            return id;
        }

        Service service(Map<UUID, List<ChannelRecord>> channels, Map<UUID, List<Interaction>> interactions) {
            return new Service(
                    id,
                    (UUID) value("case_id"),
                    text("case_number"),
                    CourtCode.of(text("court")),
                    new ServedDocument(
                            new DocumentHash(text("document_hash")),
                            text("document_title"),
                            DocumentKind.valueOf(text("document_kind"))),
                    new Recipient(
                            text("recipient_id"),
                            text("recipient_name"),
                            PartyRole.valueOf(text("recipient_role")),
                            (String) values.get("recipient_account"),
                            (Boolean) value("domicile_abroad")),
                    ConsentBasis.valueOf(text("consent")),
                    (UUID) values.get("confirmation_id"),
                    text("requested_by"),
                    (java.time.Instant) value("requested_at"),
                    channels.getOrDefault(id, List.of()),
                    interactions.getOrDefault(id, List.of()),
                    postal,
                    notice,
                    effect);
        }

        private Object value(String column) {
            var value = values.get(column);
            if (value == null) {
                throw new IllegalStateException("No value in " + column);
            }
            return value;
        }

        private String text(String column) {
            return (String) value(column);
        }

        private static @Nullable PostalService postal(ResultSet rs) throws SQLException {
            var status = rs.getString("postal_status");
            if (status == null) {
                return null;
            }
            var address = rs.getString("postal_address");
            var reason = rs.getString("return_reason");
            return new PostalService(
                    address == null
                            ? null
                            : new PostalAddress(rs.getString("postal_postcode"), address, rs.getString("postal_phone")),
                    rs.getBoolean("postal_confirmed"),
                    PostalStatus.valueOf(status),
                    rs.getString("tracking_number"),
                    rs.getObject("posted_on", LocalDate.class),
                    rs.getObject("received_on", LocalDate.class),
                    rs.getBoolean("signed_by_addressee"),
                    rs.getObject("returned_on", LocalDate.class),
                    reason == null ? null : ReturnReason.valueOf(reason),
                    Rows.requiredInstant(rs, "postal_created_at"));
        }

        private static @Nullable PublicNotice notice(ResultSet rs) throws SQLException {
            var issuedOn = rs.getObject("notice_issued_on", LocalDate.class);
            if (issuedOn == null) {
                return null;
            }
            return new PublicNotice(
                    issuedOn,
                    rs.getString("notice_medium"),
                    NoticeGround.valueOf(rs.getString("notice_ground")),
                    rs.getBoolean("notice_abroad"),
                    rs.getObject("notice_deemed_on", LocalDate.class),
                    rs.getString("notice_issued_by"));
        }

        private static @Nullable Effect effect(ResultSet rs) throws SQLException {
            var at = Rows.instant(rs, "effective_at");
            if (at == null) {
                return null;
            }
            var periodKind = rs.getString("period_kind");
            var period = periodKind == null
                    ? null
                    : new DependentPeriod(
                            PeriodKind.valueOf(periodKind),
                            rs.getInt("period_days"),
                            rs.getString("period_article"),
                            rs.getObject("period_last_day", LocalDate.class));
            return new Effect(
                    at,
                    rs.getObject("effective_on", LocalDate.class),
                    EffectBasis.valueOf(rs.getString("effective_basis")),
                    ServiceChannel.valueOf(rs.getString("effective_channel")),
                    period);
        }
    }
}
