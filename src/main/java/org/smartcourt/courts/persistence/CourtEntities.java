package org.smartcourt.courts.persistence;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import org.smartcourt.courts.CourtQuery;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** The courts of the official list. */
public interface CourtEntities extends JpaRepository<CourtEntity, String>, JpaSpecificationExecutor<CourtEntity> {

    /** The order of the 分级码: the SPC, then each high court followed by its intermediate courts, each followed by its basic courts. */
    Sort HIERARCHY = Sort.by("hierarchyCode");

    List<CourtEntity> findByParentCode(String parentCode, Sort sort);

    long countByParentCode(String parentCode);

    default List<CourtEntity> search(CourtQuery query) {
        Specification<CourtEntity> matching = (court, criteria, builder) -> {
            var predicates = new ArrayList<Predicate>();
            if (query.province() != null) {
                predicates.add(
                        builder.equal(court.get("province"), query.province().value()));
            }
            if (query.level() != null) {
                predicates.add(builder.equal(court.get("level"), query.level()));
            }
            if (query.parent() != null) {
                predicates.add(
                        builder.equal(court.get("parentCode"), query.parent().value()));
            }
            return builder.and(predicates.toArray(Predicate[]::new));
        };
        return findAll(matching, HIERARCHY);
    }
}
