package org.smartcourt.courts.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;
import org.smartcourt.courts.CourtLevel;
import org.smartcourt.courts.CourtSummary;
import org.smartcourt.shared.CourtCode;

/** A row of {@code court}; written only by the reference-data load. */
@Entity
@Table(name = "court")
@Immutable
public class CourtEntity {

    @Id
    private String code;

    @Column(name = "court_id", nullable = false)
    private int courtId;

    @Column(name = "hierarchy_code", nullable = false)
    private String hierarchyCode;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CourtLevel level;

    @Column(name = "parent_code")
    private @Nullable String parentCode;

    @Column(nullable = false)
    private String province;

    private @Nullable String note;

    protected CourtEntity() {
        this.code = "";
        this.hierarchyCode = "";
        this.name = "";
        this.level = CourtLevel.BASIC;
        this.province = "";
    }

    public String code() {
        return code;
    }

    public int courtId() {
        return courtId;
    }

    public String hierarchyCode() {
        return hierarchyCode;
    }

    public @Nullable String note() {
        return note;
    }

    public CourtSummary summary() {
        return new CourtSummary(
                CourtCode.of(code),
                name,
                level,
                parentCode == null ? null : CourtCode.of(parentCode),
                CourtCode.of(province));
    }
}
