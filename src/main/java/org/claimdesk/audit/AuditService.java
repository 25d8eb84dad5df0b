package org.claimdesk.audit;

import org.claimdesk.claim.ClaimService;
import org.claimdesk.security.Role;
import org.claimdesk.shared.ChangeRecorded;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Keeps and shows the history of changes. Entries are written from events, never edited or removed. */
@Service
public class AuditService {

    private static final String CLAIM = "CLAIM";

    private final AuditEntryRepository entries;
    private final ClaimService claims;

    AuditService(AuditEntryRepository entries, ClaimService claims) {
        this.entries = entries;
        this.claims = claims;
    }

    /** Runs in the publisher's transaction: the change and its history entry commit or roll back together. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ChangeRecorded e) {
        entries.save(new AuditEntry(e.entityType(), e.entityId(), e.articleId(), e.action(), e.field(), e.before(),
                e.after(), e.actor(), e.at()));
    }

    /** A record's history, oldest first. The registers' history is for editors: {@link RegisterHistory}. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public List<HistoryEntry> history(String entityType, long entityId) {
        if (RegisterHistory.isRegister(entityType)) {
            throw new AccessDeniedException("The history of " + entityType + " is read through RegisterHistory.");
        }
        List<HistoryEntry> history = entries.findByEntityTypeAndEntityIdOrderByIdAsc(entityType, entityId).stream()
                .map(AuditEntry::view).toList();
        if (CLAIM.equals(entityType)) {
            // another team's claim has no history for the caller: 404, as for the claim itself
            Long articleId = history.isEmpty() ? null : history.getFirst().articleId();
            claims.checkHistoryVisible(entityId, articleId, articleId == null ? null : teamOfDeletedArticle(articleId));
        }
        return history;
    }

    /** The team a deleted article belonged to, as its deletion recorded it; null when unknown. */
    private Long teamOfDeletedArticle(long articleId) {
        return entries.findFirstByEntityTypeAndEntityIdAndActionOrderByIdDesc("ARTICLE", articleId, "DELETED")
                .map(e -> e.view().before())
                .filter(before -> before != null && before.chars().allMatch(Character::isDigit) && !before.isEmpty())
                .map(Long::valueOf).orElse(null);
    }
}
