package org.claimdesk.audit;

import org.springframework.data.repository.Repository;

import java.util.List;

/** Insert and read only: the history has no update or delete. */
interface AuditEntryRepository extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    List<AuditEntry> findByEntityTypeAndEntityIdOrderByIdAsc(String entityType, long entityId);

    List<AuditEntry> findByEntityTypeOrderByIdAsc(String entityType);

    /** The latest entry of this action, e.g. an article's deletion (which records the team it belonged to). */
    java.util.Optional<AuditEntry> findFirstByEntityTypeAndEntityIdAndActionOrderByIdDesc(String entityType, long entityId,
                                                                                         String action);

}
