package org.smartcourt.publication.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.smartcourt.docket.CaseId;
import org.smartcourt.judgments.DecisionKind;
import org.smartcourt.publication.anonymisation.Category;
import org.smartcourt.publication.anonymisation.Profile;
import org.smartcourt.publication.anonymisation.ReviewerCorrection;
import org.smartcourt.publication.domain.ConcurrentItemChange;
import org.smartcourt.publication.domain.Correction;
import org.smartcourt.publication.domain.ExclusionAssessment;
import org.smartcourt.publication.domain.ExclusionGround;
import org.smartcourt.publication.domain.ItemStatus;
import org.smartcourt.publication.domain.PublicationDeadline;
import org.smartcourt.publication.domain.PublicationItem;
import org.smartcourt.publication.domain.PublicationItems;
import org.smartcourt.shared.CourtCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The queue in {@code publication_item}, the corrections in {@code publication_item_correction}. */
@Repository
class JdbcPublicationItems implements PublicationItems {

    private final JdbcClient jdbc;

    JdbcPublicationItems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean add(PublicationItem item) {
        var assessment = item.assessment();
        var applies = assessment.applies();
        var added = jdbc.sql("""
                        insert into publication_item (id, decision_id, case_id, court_code, case_number, case_type, cause,
                            kind, title, document_hash, decided_on, period_start, deadline, after_appeal, original_text,
                            profile, required_ground, grounds_to_check, status, queued_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (decision_id) do nothing
                        """)
                        .params(
                                item.id(),
                                item.decisionId(),
                                item.caseId().value(),
                                item.court().value(),
                                item.caseNumber(),
                                item.caseType(),
                                item.cause(),
                                item.kind().name(),
                                item.title(),
                                item.documentHash(),
                                item.decidedOn(),
                                item.deadline().periodStart(),
                                item.deadline().due(),
                                item.deadline().afterAppeal(),
                                item.originalText(),
                                item.profile().name(),
                                applies == null ? null : applies.name(),
                                assessment.toCheck().stream()
                                        .map(Enum::name)
                                        .sorted()
                                        .toArray(String[]::new),
                                item.status().name(),
                                utc(item.queuedAt()))
                        .update()
                == 1;
        if (added) {
            insertCorrections(item);
        }
        return added;
    }

    @Override
    public void update(PublicationItem item) {
        var ground = item.exclusionGround();
        var updated = jdbc.sql("""
                        update publication_item set status = ?, exclusion_ground = ?, exclusion_reason = ?,
                            notice_withheld = ?, necessity = ?, published_judgment_id = ?, decided_by = ?,
                            decided_at = ?, version = version + 1
                        where id = ? and version = ?
                        """)
                .params(
                        item.status().name(),
                        ground == null ? null : ground.name(),
                        item.exclusionReason(),
                        item.noticeWithheld(),
                        item.necessity(),
                        item.publishedJudgmentId(),
                        item.decidedBy(),
                        item.decidedAt() == null ? null : utc(item.decidedAt()),
                        item.id(),
                        item.version())
                .update();
        if (updated != 1) {
            throw new ConcurrentItemChange();
        }
        jdbc.sql("delete from publication_item_correction where item_id = ?")
                .param(item.id())
                .update();
        insertCorrections(item);
    }

    private void insertCorrections(PublicationItem item) {
        var position = 0;
        for (var correction : item.corrections()) {
            jdbc.sql("""
                    insert into publication_item_correction (item_id, position, start_offset, end_offset, action,
                        category, replacement, made_by, made_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                    .params(
                            item.id(),
                            position++,
                            correction.start(),
                            correction.end(),
                            correction.action().name(),
                            correction.category().name(),
                            correction.replacement(),
                            correction.madeBy(),
                            utc(correction.madeAt()))
                    .update();
        }
    }

    @Override
    public Optional<PublicationItem> find(UUID id) {
        return jdbc.sql("select * from publication_item where id = ?")
                .param(id)
                .query(this::item)
                .optional();
    }

    @Override
    public List<PublicationItem> ofCourts(
            Set<CourtCode> courts, @Nullable ItemStatus status, @Nullable LocalDate overdueOn) {
        if (courts.isEmpty()) {
            return List.of();
        }
        var sql = new StringBuilder("select * from publication_item where court_code = any(?)");
        var params = new ArrayList<Object>();
        params.add(courts.stream().map(CourtCode::value).toArray(String[]::new));
        if (status != null) {
            sql.append(" and status = ?");
            params.add(status.name());
        }
        if (overdueOn != null) {
            sql.append(" and status = 'AWAITING_REVIEW' and deadline < ?");
            params.add(overdueOn);
        }
        sql.append(" order by case status when 'AWAITING_REVIEW' then 0 else 1 end, deadline, queued_at, id");
        sql.append(" limit 500");
        return jdbc.sql(sql.toString()).params(params).query(this::item).list();
    }

    private PublicationItem item(ResultSet rs, int row) throws SQLException {
        var id = rs.getObject("id", UUID.class);
        var requiredGround = rs.getString("required_ground");
        var toCheck = EnumSet.noneOf(ExclusionGround.class);
        var checks = (String[]) rs.getArray("grounds_to_check").getArray();
        Arrays.stream(checks).map(ExclusionGround::valueOf).forEach(toCheck::add);
        var exclusion = rs.getString("exclusion_ground");
        var published = rs.getObject("published_judgment_id", UUID.class);
        var decidedAt = rs.getObject("decided_at", OffsetDateTime.class);
        return new PublicationItem(
                id,
                rs.getObject("decision_id", UUID.class),
                new CaseId(rs.getObject("case_id", UUID.class)),
                CourtCode.of(rs.getString("court_code")),
                rs.getString("case_number"),
                rs.getString("case_type"),
                rs.getString("cause"),
                DecisionKind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                rs.getString("document_hash"),
                rs.getObject("decided_on", LocalDate.class),
                new PublicationDeadline(
                        rs.getObject("period_start", LocalDate.class),
                        rs.getObject("deadline", LocalDate.class),
                        rs.getBoolean("after_appeal")),
                rs.getString("original_text"),
                Profile.valueOf(rs.getString("profile")),
                new ExclusionAssessment(
                        requiredGround == null ? null : ExclusionGround.valueOf(requiredGround), toCheck),
                rs.getObject("queued_at", OffsetDateTime.class).toInstant(),
                ItemStatus.valueOf(rs.getString("status")),
                corrections(id),
                exclusion == null ? null : ExclusionGround.valueOf(exclusion),
                rs.getString("exclusion_reason"),
                rs.getBoolean("notice_withheld"),
                rs.getString("necessity"),
                published,
                rs.getString("decided_by"),
                decidedAt == null ? null : decidedAt.toInstant(),
                rs.getLong("version"));
    }

    private List<Correction> corrections(UUID itemId) {
        return jdbc.sql("select * from publication_item_correction where item_id = ? order by position")
                .param(itemId)
                .query((rs, n) -> new Correction(
                        rs.getInt("start_offset"),
                        rs.getInt("end_offset"),
                        ReviewerCorrection.Action.valueOf(rs.getString("action")),
                        Category.valueOf(rs.getString("category")),
                        rs.getString("replacement"),
                        rs.getString("made_by"),
                        rs.getObject("made_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
