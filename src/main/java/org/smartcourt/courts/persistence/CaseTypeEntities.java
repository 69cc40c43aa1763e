package org.smartcourt.courts.persistence;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The rows of the case-type standard and SmartCourt's additions. */
public interface CaseTypeEntities extends JpaRepository<CaseTypeEntity, String> {

    List<CaseTypeEntity> findByTypeCodeOrderByCategoryCode(String typeCode);

    List<CaseTypeEntity> findAllByOrderByCategoryCode();
}
