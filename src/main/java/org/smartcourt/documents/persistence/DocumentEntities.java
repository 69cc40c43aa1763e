package org.smartcourt.documents.persistence;

import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentEntities extends JpaRepository<DocumentEntity, String> {}
