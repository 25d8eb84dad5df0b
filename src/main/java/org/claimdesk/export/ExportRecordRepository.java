package org.claimdesk.export;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface ExportRecordRepository extends JpaRepository<ExportRecord, Long> {

    List<ExportRecord> findAllByOrderByExportedAtDescIdDesc(Limit limit);

    List<ExportRecord> findByExportedByInOrderByExportedAtDescIdDesc(java.util.Collection<String> exportedBy, Limit limit);
}
