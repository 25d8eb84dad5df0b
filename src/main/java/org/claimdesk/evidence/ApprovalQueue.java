package org.claimdesk.evidence;

import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.ClaimSummary;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;
import org.claimdesk.security.TeamAccess;
import org.claimdesk.security.TeamScope;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * "Approvals": the claims of my teams (admins: all teams) awaiting approval whose verdict someone else wrote, so
 * I may approve them (see {@link org.claimdesk.claim.ClaimTransitions}: any staff member, never the author).
 */
@Service
public class ApprovalQueue {

    /** The most verdicts the queue lists; the oldest decisions come first, so none waits unseen for long. */
    public static final int MAX_ITEMS = 200;

    private final ClaimService claims;
    private final VerdictRepository verdicts;
    private final RatingLabelRepository labels;
    private final CurrentUser currentUser;
    private final TeamAccess teamAccess;

    ApprovalQueue(ClaimService claims, VerdictRepository verdicts, RatingLabelRepository labels,
                  CurrentUser currentUser, TeamAccess teamAccess) {
        this.teamAccess = teamAccess;
        this.claims = claims;
        this.verdicts = verdicts;
        this.labels = labels;
        this.currentUser = currentUser;
    }

    /** Oldest decision first, at most {@link #MAX_ITEMS}. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public List<ApprovalItem> awaitingMyApproval() {
        TeamScope scope = teamAccess.scope();
        if (!scope.all() && scope.teamIds().isEmpty()) {
            return List.of();
        }
        List<Long> ids = verdicts.awaitingApprovalBySomeoneElse(currentUser.name(), scope.all(), scope.teamIdsForSql(),
                MAX_ITEMS);
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Verdict> mine = verdicts.findAllById(ids).stream()
                .sorted(java.util.Comparator.comparing((Verdict v) -> v.view().decidedAt()).thenComparing(v -> v.view().claimId()))
                .toList();
        Map<Long, ClaimSummary> byId = claims.summaries(mine.stream().map(v -> v.view().claimId()).toList()).stream()
                .collect(Collectors.toMap(ClaimSummary::id, Function.identity()));
        Map<Rating, String> names = labels.findAll().stream().map(RatingLabel::view)
                .collect(Collectors.toMap(RatingLabelDetails::rating, RatingLabelDetails::label));
        return mine.stream().map(Verdict::view).map(v -> {
            ClaimSummary c = byId.get(v.claimId());
            return c == null ? null // gone between the two reads
                    : new ApprovalItem(c.id(), c.text(), c.claimant(), c.articleTitle(), v.attribution(), v.rating(),
                    names.getOrDefault(v.rating(), v.rating().name()), v.author(), v.decidedAt());
        }).filter(Objects::nonNull).toList();
    }
}
