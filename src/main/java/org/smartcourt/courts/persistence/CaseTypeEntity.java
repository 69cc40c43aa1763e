package org.smartcourt.courts.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;
import org.smartcourt.courts.CaseTypeCode;
import org.smartcourt.courts.domain.CaseType;
import org.smartcourt.courts.domain.CaseTypeKind;

/** A row of {@code case_type}; written only by the reference-data load. */
@Entity
@Table(name = "case_type")
@Immutable
public class CaseTypeEntity {

    @Id
    @Column(name = "category_code")
    private String categoryCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseTypeKind kind;

    @Column(nullable = false)
    private String name;

    @Column(name = "type_code")
    private @Nullable String typeCode;

    @Column(name = "major_category", nullable = false)
    private String majorCategory;

    @Column(name = "group_name")
    private @Nullable String groupName;

    private @Nullable String source;

    private @Nullable String note;

    protected CaseTypeEntity() {
        this.categoryCode = "";
        this.kind = CaseTypeKind.LEAF;
        this.name = "";
        this.majorCategory = "";
    }

    public CaseType caseType() {
        return new CaseType(
                categoryCode,
                kind,
                name,
                typeCode == null ? null : CaseTypeCode.of(typeCode),
                majorCategory,
                groupName,
                source,
                note);
    }
}
