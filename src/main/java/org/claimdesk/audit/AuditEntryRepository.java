package org.claimdesk.audit;

import org.springframework.data.repository.Repository;

import java.util.List;

/** Insert and read only: the history has no update or delete. */
interface AuditEntryRepository extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    List<AuditEntry> findByEntityTypeAndEntityIdOrderByIdAsc(String entityType, long entityId);

    List<AuditEntry> findByEntityTypeOrderByIdAsc(String entityType);

}
