package org.smartcourt.courts.application;

import java.util.List;
import java.util.Optional;
import org.smartcourt.courts.CaseTypeCode;
import org.smartcourt.courts.CaseTypeSummary;
import org.smartcourt.courts.CourtQuery;
import org.smartcourt.courts.CourtSummary;
import org.smartcourt.courts.CourtroomSummary;
import org.smartcourt.courts.Courts;
import org.smartcourt.courts.domain.CaseType;
import org.smartcourt.courts.persistence.CaseTypeEntities;
import org.smartcourt.courts.persistence.CaseTypeEntity;
import org.smartcourt.courts.persistence.CourtEntities;
import org.smartcourt.courts.persistence.CourtEntity;
import org.smartcourt.courts.persistence.CourtroomEntities;
import org.smartcourt.courts.persistence.CourtroomEntity;
import org.smartcourt.shared.CourtCode;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Answers questions about the court registry from its tables. */
@Component
@Transactional(readOnly = true)
public class CourtDirectory implements Courts {

    private final CourtEntities courts;
    private final CaseTypeEntities caseTypes;
    private final CourtroomEntities courtrooms;

    CourtDirectory(CourtEntities courts, CaseTypeEntities caseTypes, CourtroomEntities courtrooms) {
        this.courts = courts;
        this.caseTypes = caseTypes;
        this.courtrooms = courtrooms;
    }

    @Override
    public Optional<CourtSummary> find(CourtCode code) {
        return courts.findById(code.value()).map(CourtEntity::summary);
    }

    @Override
    public boolean exists(CourtCode code) {
        return courts.existsById(code.value());
    }

    @Override
    public List<CourtSummary> children(CourtCode code) {
        return courts.findByParentCode(code.value(), CourtEntities.HIERARCHY).stream()
                .map(CourtEntity::summary)
                .toList();
    }

    /** How many courts are directly under this one. */
    public long childCount(CourtCode code) {
        return courts.countByParentCode(code.value());
    }

    @Override
    public List<CourtSummary> search(CourtQuery query) {
        return courts.search(query).stream().map(CourtEntity::summary).toList();
    }

    @Override
    public Optional<CaseTypeSummary> caseType(String typeCode) {
        if (!CaseTypeCode.isValid(typeCode)) {
            return Optional.empty();
        }
        var code = CaseTypeCode.of(typeCode);
        return summary(code, caseTypesWith(code));
    }

    /** Every row of the case-type standard and SmartCourt's additions, by category code. */
    public List<CaseType> caseTypes() {
        return caseTypes.findAllByOrderByCategoryCode().stream()
                .map(CaseTypeEntity::caseType)
                .toList();
    }

    /** The rows carrying this type code, by category code. */
    public List<CaseType> caseTypesWith(CaseTypeCode code) {
        return caseTypes.findByTypeCodeOrderByCategoryCode(code.value()).stream()
                .map(CaseTypeEntity::caseType)
                .toList();
    }

    @Override
    public List<CourtroomSummary> courtrooms(CourtCode court) {
        return courtrooms.findByCourtCodeOrderByName(court.value()).stream()
                .map(CourtroomEntity::summary)
                .toList();
    }

    static Optional<CaseTypeSummary> summary(CaseTypeCode code, List<CaseType> rows) {
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        var first = rows.get(0);
        var sharedGroup = first.group() != null
                && rows.stream().allMatch(row -> first.group().equals(row.group()));
        var name = rows.size() > 1 && sharedGroup ? first.group() : first.name();
        var categories = rows.stream()
                .map(row -> new CaseTypeSummary.Category(row.categoryCode(), row.name()))
                .toList();
        return Optional.of(new CaseTypeSummary(
                code,
                name,
                first.majorCategoryCode(),
                first.majorCategory(),
                categories,
                rows.stream().allMatch(CaseType::official)));
    }
}
