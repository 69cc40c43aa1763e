package org.smartcourt.courts.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcourt.courts.domain.CaseType;
import org.smartcourt.courts.domain.Court;
import org.smartcourt.courts.domain.ReferenceData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Loads the reference lists with batched upserts; rows whose values did not change are not rewritten. */
@Repository
class JdbcReferenceData implements ReferenceData {

    /** Key of the transaction-scoped advisory lock that serialises loads across nodes ("courts" in ASCII). */
    private static final long LOAD_LOCK = 0x636f75727473L;

    private static final Logger log = LoggerFactory.getLogger(JdbcReferenceData.class);

    private static final String UPSERT_COURT = """
            insert into court (code, court_id, hierarchy_code, name, level, parent_code, province, note)
            values (?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (code) do update set
                court_id = excluded.court_id, hierarchy_code = excluded.hierarchy_code, name = excluded.name,
                level = excluded.level, parent_code = excluded.parent_code, province = excluded.province,
                note = excluded.note
            where (court.court_id, court.hierarchy_code, court.name, court.level, court.parent_code,
                   court.province, court.note)
                is distinct from (excluded.court_id, excluded.hierarchy_code, excluded.name, excluded.level,
                   excluded.parent_code, excluded.province, excluded.note)
            """;

    private static final String UPSERT_CASE_TYPE = """
            insert into case_type (category_code, kind, name, type_code, major_category, group_name, source, note)
            values (?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (category_code) do update set
                kind = excluded.kind, name = excluded.name, type_code = excluded.type_code,
                major_category = excluded.major_category, group_name = excluded.group_name,
                source = excluded.source, note = excluded.note
            where (case_type.kind, case_type.name, case_type.type_code, case_type.major_category,
                   case_type.group_name, case_type.source, case_type.note)
                is distinct from (excluded.kind, excluded.name, excluded.type_code, excluded.major_category,
                   excluded.group_name, excluded.source, excluded.note)
            """;

    private final JdbcTemplate jdbc;

    JdbcReferenceData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void lockForLoading() {
        jdbc.query("select pg_advisory_xact_lock(?)", rows -> {}, LOAD_LOCK);
    }

    @Override
    public Optional<String> checksum(String dataset) {
        return jdbc
                .queryForList("select checksum from courts_reference_load where dataset = ?", String.class, dataset)
                .stream()
                .findFirst();
    }

    @Override
    public void saveCourts(List<Court> courts) {
        jdbc.batchUpdate(UPSERT_COURT, courts, 500, (statement, court) -> {
            statement.setString(1, court.code().value());
            statement.setInt(2, court.courtId());
            statement.setString(3, court.hierarchyCode());
            statement.setString(4, court.name());
            statement.setString(5, court.level().name());
            statement.setString(
                    6, court.parentCode() == null ? null : court.parentCode().value());
            statement.setString(7, court.province().value());
            statement.setString(8, court.note());
        });
        var codes = courts.stream().map(court -> court.code().value()).toArray(String[]::new);
        var unlisted = jdbc.query(
                "select code from court where code <> all (?) order by code",
                statement -> statement.setArray(1, statement.getConnection().createArrayOf("text", codes)),
                (row, index) -> row.getString(1));
        if (!unlisted.isEmpty()) {
            // Cases, courtrooms and role scopes may refer to a court, so a court that left the list stays.
            log.warn("{} courts are no longer on the official list and were kept: {}", unlisted.size(), unlisted);
        }
    }

    @Override
    public void replaceCaseTypes(List<CaseType> caseTypes) {
        jdbc.batchUpdate(UPSERT_CASE_TYPE, caseTypes, 500, (statement, caseType) -> {
            statement.setString(1, caseType.categoryCode());
            statement.setString(2, caseType.kind().name());
            statement.setString(3, caseType.name());
            statement.setString(
                    4, caseType.typeCode() == null ? null : caseType.typeCode().value());
            statement.setString(5, caseType.majorCategory());
            statement.setString(6, caseType.group());
            statement.setString(7, caseType.source());
            statement.setString(8, caseType.note());
        });
        var codes = caseTypes.stream().map(CaseType::categoryCode).toArray(String[]::new);
        jdbc.update(
                "delete from case_type where category_code <> all (?)",
                statement -> statement.setArray(1, statement.getConnection().createArrayOf("text", codes)));
    }

    @Override
    public void recordLoad(String dataset, String checksum, int rows, Instant loadedAt) {
        jdbc.update("""
                insert into courts_reference_load (dataset, checksum, row_count, loaded_at) values (?, ?, ?, ?)
                on conflict (dataset) do update set
                    checksum = excluded.checksum, row_count = excluded.row_count, loaded_at = excluded.loaded_at
                """, dataset, checksum, rows, OffsetDateTime.ofInstant(loadedAt, ZoneOffset.UTC));
    }
}
