package org.smartcourt.docket.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.smartcourt.courts.CaseTypeCode;
import org.smartcourt.docket.AmountInDispute;
import org.smartcourt.docket.CaseId;
import org.smartcourt.docket.CauseOfAction;
import org.smartcourt.docket.Party;
import org.smartcourt.docket.PartyKind;
import org.smartcourt.docket.PartyRole;
import org.smartcourt.docket.Procedure;
import org.smartcourt.docket.Representative;
import org.smartcourt.docket.domain.AssignmentMethod;
import org.smartcourt.docket.domain.CaseLink;
import org.smartcourt.docket.domain.CaseStatus;
import org.smartcourt.docket.domain.ConcurrentCaseChange;
import org.smartcourt.docket.domain.CorrectionRequest;
import org.smartcourt.docket.domain.CourtCase;
import org.smartcourt.docket.domain.CourtCases;
import org.smartcourt.docket.domain.Defect;
import org.smartcourt.docket.domain.JudgeAssignment;
import org.smartcourt.docket.domain.LinkKind;
import org.smartcourt.shared.CaseNumber;
import org.smartcourt.shared.CourtCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Cases in {@code docket_case} and its child tables; optimistic locking on {@code version}. */
@Repository
class JdbcCourtCases implements CourtCases {

    private final JdbcClient jdbc;

    JdbcCourtCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<CourtCase> find(CaseId id) {
        var rows = jdbc.sql("select * from docket_case where id = ?")
                .param(id.value())
                .query((rs, n) -> new Row(rs))
                .list();
        return rows.stream().findFirst().map(this::assemble);
    }

    @Override
    public void save(CourtCase courtCase) {
        var id = courtCase.id().value();
        if (courtCase.version() == 0) {
            jdbc.sql("""
                    insert into docket_case (id, court, type_code, specialised_code, procedure, cause_code, cause_name,
                        amount, filer, filed_at, received_at, status, version)
                    values (:id, :court, :type, :specialised, :procedure, :causeCode, :causeName, :amount, :filer,
                        :filedAt, :receivedAt, :status, 0)
                    """)
                    .param("id", id)
                    .param("court", courtCase.court().value())
                    .param("type", courtCase.type().value())
                    .param("specialised", courtCase.specialisedCode())
                    .param("procedure", courtCase.procedure().name())
                    .param("causeCode", courtCase.cause().code())
                    .param("causeName", courtCase.cause().name())
                    .param("amount", courtCase.amount().yuan())
                    .param("filer", courtCase.filer())
                    .param("filedAt", time(courtCase.filedAt()))
                    .param("receivedAt", time(courtCase.receivedAt()))
                    .param("status", courtCase.status().name())
                    .update();
        }
        var number = courtCase.number();
        var judge = courtCase.judge();
        var correction = courtCase.correction();
        var updated = jdbc.sql("""
                update docket_case set procedure = :procedure, cause_code = :causeCode, cause_name = :causeName,
                    amount = :amount, received_at = :receivedAt, status = :status, case_number = :number,
                    number_year = :year, number_serial = :serial, registered_at = :registeredAt, judge = :judge,
                    judge_name = :judgeName, assignment_method = :method, assigned_at = :assignedAt,
                    correction_deadline = :deadline, correction_requested_at = :requestedAt,
                    refusal_reasons = :reasons, transferred_to = :transferredTo, version = version + 1
                where id = :id and version = :version
                """)
                .param("id", id)
                .param("version", courtCase.version())
                .param("procedure", courtCase.procedure().name())
                .param("causeCode", courtCase.cause().code())
                .param("causeName", courtCase.cause().name())
                .param("amount", courtCase.amount().yuan())
                .param("receivedAt", time(courtCase.receivedAt()))
                .param("status", courtCase.status().name())
                .param("number", number == null ? null : number.toString())
                .param("year", number == null ? null : number.year())
                .param("serial", number == null ? null : number.serial())
                .param("registeredAt", time(courtCase.registeredAt()))
                .param("judge", judge == null ? null : judge.judge())
                .param("judgeName", judge == null ? null : judge.judgeName())
                .param("method", judge == null ? null : judge.method().name())
                .param("assignedAt", judge == null ? null : time(judge.assignedAt()))
                .param("deadline", correction == null ? null : correction.deadline())
                .param("requestedAt", correction == null ? null : time(correction.requestedAt()))
                .param("reasons", courtCase.refusalReasons().toArray(String[]::new))
                .param(
                        "transferredTo",
                        courtCase.transferredTo() == null
                                ? null
                                : courtCase.transferredTo().value())
                .update();
        if (updated != 1) {
            throw new ConcurrentCaseChange(courtCase.id());
        }
        replaceChildren(courtCase);
    }

    private void replaceChildren(CourtCase courtCase) {
        var id = courtCase.id().value();
        for (var table :
                List.of("docket_party", "docket_representative", "docket_case_link", "docket_correction_defect")) {
            jdbc.sql("delete from " + table + " where case_id = ?").param(id).update();
        }
        var position = 0;
        for (var party : courtCase.parties()) {
            jdbc.sql("insert into docket_party values (?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            id,
                            position++,
                            party.role().name(),
                            party.kind().name(),
                            party.name(),
                            party.identification(),
                            party.account())
                    .update();
        }
        position = 0;
        for (var lawyer : courtCase.representatives()) {
            jdbc.sql("insert into docket_representative values (?, ?, ?, ?, ?)")
                    .params(id, position++, lawyer.lawyer(), lawyer.licenceNumber(), lawyer.forParty())
                    .update();
        }
        for (var link : courtCase.links()) {
            jdbc.sql("insert into docket_case_link values (?, ?, ?, ?)")
                    .params(
                            id,
                            link.kind().name(),
                            link.direction().name(),
                            link.other().value())
                    .update();
        }
        var correction = courtCase.correction();
        if (correction != null) {
            position = 0;
            for (var defect : correction.defects()) {
                jdbc.sql("insert into docket_correction_defect values (?, ?, ?, ?)")
                        .params(id, position++, defect.field(), defect.message())
                        .update();
            }
        }
    }

    @Override
    public List<CourtCase> atCourt(CourtCode court, CaseStatus status) {
        return jdbc
                .sql("select * from docket_case where court = ? and status = ? order by received_at, id")
                .params(court.value(), status.name())
                .query((rs, n) -> new Row(rs))
                .list()
                .stream()
                .map(this::assemble)
                .toList();
    }

    @Override
    public List<CourtCase> involving(String username) {
        return jdbc.sql("""
                select * from docket_case c
                where c.filer = :user
                   or exists (select 1 from docket_party p where p.case_id = c.id and p.account = :user)
                   or exists (select 1 from docket_representative r where r.case_id = c.id and r.lawyer = :user)
                order by c.filed_at desc, c.id
                """).param("user", username).query((rs, n) -> new Row(rs)).list().stream()
                .map(this::assemble)
                .toList();
    }

    private CourtCase assemble(Row row) {
        var id = row.id;
        var parties = jdbc.sql("select * from docket_party where case_id = ? order by position")
                .param(id)
                .query((rs, n) -> new Party(
                        PartyRole.valueOf(rs.getString("role")),
                        PartyKind.valueOf(rs.getString("kind")),
                        rs.getString("name"),
                        rs.getString("identification"),
                        rs.getString("account")))
                .list();
        var representatives = jdbc.sql("select * from docket_representative where case_id = ? order by position")
                .param(id)
                .query((rs, n) -> new Representative(
                        rs.getString("lawyer"), rs.getString("licence_number"), rs.getString("for_party")))
                .list();
        var links = jdbc.sql("select * from docket_case_link where case_id = ? order by kind, direction")
                .param(id)
                .query((rs, n) -> new CaseLink(
                        LinkKind.valueOf(rs.getString("kind")),
                        CaseLink.Direction.valueOf(rs.getString("direction")),
                        new CaseId(rs.getObject("other_case", UUID.class))))
                .list();
        CorrectionRequest correction = null;
        if (row.correctionDeadline != null && row.correctionRequestedAt != null) {
            var defects = jdbc.sql("select * from docket_correction_defect where case_id = ? order by position")
                    .param(id)
                    .query((rs, n) -> new Defect(rs.getString("field"), rs.getString("message")))
                    .list();
            correction = new CorrectionRequest(defects, row.correctionDeadline, row.correctionRequestedAt);
        }
        return new CourtCase(
                new CaseId(id),
                CourtCode.of(row.court),
                CaseTypeCode.of(row.typeCode),
                row.specialisedCode,
                Procedure.valueOf(row.procedure),
                new CauseOfAction(row.causeCode, row.causeName),
                new AmountInDispute(row.amount),
                parties,
                representatives,
                row.filer,
                row.filedAt,
                row.receivedAt,
                CaseStatus.valueOf(row.status),
                row.caseNumber == null ? null : CaseNumber.parse(row.caseNumber).orElseThrow(),
                row.registeredAt,
                row.judge == null || row.assignmentMethod == null || row.assignedAt == null
                        ? null
                        : new JudgeAssignment(
                                row.judge,
                                row.judgeName,
                                AssignmentMethod.valueOf(row.assignmentMethod),
                                row.assignedAt),
                links,
                correction,
                row.refusalReasons,
                row.transferredTo == null ? null : CourtCode.of(row.transferredTo),
                row.version);
    }

    private static @Nullable OffsetDateTime time(@Nullable Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static List<String> strings(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : new ArrayList<>(Arrays.asList((String[]) array.getArray()));
    }

    /** The columns of one {@code docket_case} row. */
    private static final class Row {
        final UUID id;
        final String court;
        final String typeCode;
        final @Nullable String specialisedCode;
        final String procedure;
        final @Nullable String causeCode;
        final String causeName;
        final java.math.BigDecimal amount;
        final String filer;
        final Instant filedAt;
        final Instant receivedAt;
        final String status;
        final @Nullable String caseNumber;
        final @Nullable Instant registeredAt;
        final @Nullable String judge;
        final @Nullable String judgeName;
        final @Nullable String assignmentMethod;
        final @Nullable Instant assignedAt;
        final @Nullable LocalDate correctionDeadline;
        final @Nullable Instant correctionRequestedAt;
        final List<String> refusalReasons;
        final @Nullable String transferredTo;
        final long version;

        Row(ResultSet rs) throws SQLException {
            id = rs.getObject("id", UUID.class);
            court = rs.getString("court");
            typeCode = rs.getString("type_code");
            specialisedCode = rs.getString("specialised_code");
            procedure = rs.getString("procedure");
            causeCode = rs.getString("cause_code");
            causeName = rs.getString("cause_name");
            amount = rs.getBigDecimal("amount");
            filer = rs.getString("filer");
            filedAt = java.util.Objects.requireNonNull(instant(rs, "filed_at"));
            receivedAt = java.util.Objects.requireNonNull(instant(rs, "received_at"));
            status = rs.getString("status");
            caseNumber = rs.getString("case_number");
            registeredAt = instant(rs, "registered_at");
            judge = rs.getString("judge");
            judgeName = rs.getString("judge_name");
            assignmentMethod = rs.getString("assignment_method");
            assignedAt = instant(rs, "assigned_at");
            correctionDeadline = rs.getObject("correction_deadline", LocalDate.class);
            correctionRequestedAt = instant(rs, "correction_requested_at");
            refusalReasons = strings(rs, "refusal_reasons");
            transferredTo = rs.getString("transferred_to");
            version = rs.getLong("version");
        }
    }
}
