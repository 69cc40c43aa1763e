package org.smartcourt.publication.persistence;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.smartcourt.publication.domain.ExclusionGround;
import org.smartcourt.publication.domain.PublicNotice;
import org.smartcourt.publication.domain.PublishedRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Public notes in {@code published_judgment_notice}; what a correction replaced stays there, not public. */
@Repository
class JdbcPublishedRecords implements PublishedRecords {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcPublishedRecords(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void addNotice(UUID recordId, PublicNotice notice, String recordedBy, @Nullable String previousText) {
        var ground = notice.ground();
        jdbc.sql("""
                insert into published_judgment_notice (id, judgment_id, kind, noted_on, ground, reason, previous_text,
                    recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        UUID.randomUUID(),
                        recordId,
                        notice.kind().name(),
                        notice.notedOn(),
                        ground == null ? null : ground.name(),
                        notice.reason(),
                        previousText,
                        recordedBy,
                        clock.instant().atOffset(ZoneOffset.UTC))
                .update();
    }

    @Override
    public List<PublicNotice> notices(UUID recordId) {
        return jdbc.sql("""
                        select kind, noted_on, ground, reason from published_judgment_notice
                        where judgment_id = ? order by recorded_at, id
                        """)
                .param(recordId)
                .query((rs, n) -> {
                    var ground = rs.getString("ground");
                    return new PublicNotice(
                            PublicNotice.Kind.valueOf(rs.getString("kind")),
                            rs.getObject("noted_on", LocalDate.class),
                            ground == null ? null : ExclusionGround.valueOf(ground),
                            rs.getString("reason"));
                })
                .list();
    }
}
