package org.claimdesk.audit;

import org.claimdesk.security.Role;
import org.claimdesk.shared.InputRejectedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Set;

/**
 * The history of the registers editors and admins keep: the publisher register and the rating scale. Their
 * changes arrive as {@link org.claimdesk.shared.ChangeRecorded} events like every other change (and are
 * stored by {@link AuditService} in the same transaction); reading them is for editors and admins only.
 */
@Service
public class RegisterHistory {

    /** A publisher of the register, keyed by the publisher's id. */
    public static final String PUBLISHER = "PUBLISHER";
    /** A label of the rating scale, keyed by the rating's position on the scale (fixed, never edited). */
    public static final String RATING_LABEL = "RATING_LABEL";

    private static final Set<String> REGISTERS = Set.of(PUBLISHER, RATING_LABEL);

    private final AuditEntryRepository entries;

    RegisterHistory(AuditEntryRepository entries) {
        this.entries = entries;
    }

    static boolean isRegister(String entityType) {
        return REGISTERS.contains(entityType);
    }

    /** One register entry's history, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.EDITORS)
    public List<HistoryEntry> of(String entityType, long entityId) {
        checked(entityType);
        return entries.findByEntityTypeAndEntityIdOrderByIdAsc(entityType, entityId).stream()
                .map(AuditEntry::view).toList();
    }

    /** A whole register's history, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.EDITORS)
    public List<HistoryEntry> ofAll(String entityType) {
        checked(entityType);
        return entries.findByEntityTypeOrderByIdAsc(entityType).stream().map(AuditEntry::view).toList();
    }

    private static void checked(String entityType) {
        if (!isRegister(entityType)) {
            throw new InputRejectedException("entity", "Only the publisher register and the rating scale are read here.");
        }
    }
}
