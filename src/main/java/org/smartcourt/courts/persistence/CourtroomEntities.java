package org.smartcourt.courts.persistence;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The courtrooms of every court. */
public interface CourtroomEntities extends JpaRepository<CourtroomEntity, Long> {

    List<CourtroomEntity> findByCourtCodeOrderByName(String courtCode);
}
