package org.claimdesk.priorcheck;

import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;
import org.claimdesk.security.TeamAccess;
import org.claimdesk.security.TeamScope;
import org.claimdesk.shared.InputRejectedException;
import org.claimdesk.shared.Inputs;
import org.claimdesk.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Imports other outlets' fact checks (ClaimReview JSON-LD, or a page holding it) into the importer's team, and
 * lists and finds them. An import is all or nothing: every review is read and checked before anything is
 * stored, in one transaction; a fact check the team holds already (same link) is skipped and reported.
 */
@Service
public class PriorCheckService {

    private static final Logger log = LoggerFactory.getLogger(PriorCheckService.class);

    private final PriorCheckRepository checks;
    private final PriorCheckLinks links;
    private final TeamAccess teams;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TransactionTemplate write;

    PriorCheckService(PriorCheckRepository checks, PriorCheckLinks links, TeamAccess teams, CurrentUser currentUser,
                      Clock clock, PlatformTransactionManager transactions) {
        this.checks = checks;
        this.links = links;
        this.teams = teams;
        this.currentUser = currentUser;
        this.clock = clock;
        this.write = new TransactionTemplate(transactions);
    }

    /**
     * Reads the input, stores its new fact checks in the team (the importer's only team when null) and then
     * suggests links to the team's claims that the finder takes for the same claim.
     */
    @PreAuthorize(Role.ANY_STAFF)
    public ImportResult importChecks(String input, Long teamId) {
        List<ClaimReviewItem> items = ClaimReviewReader.read(input);
        long team = teams.teamForImport(teamId);
        String actor = currentUser.name();
        Instant now = clock.instant();
        List<String> skipped = new ArrayList<>();
        List<PriorCheck> stored = write.execute(status -> {
            Set<String> known = new LinkedHashSet<>(checks.findReviewUrlsInTeam(team,
                    items.stream().map(ClaimReviewItem::reviewUrl).toList()));
            List<PriorCheck> fresh = new ArrayList<>();
            for (ClaimReviewItem item : items) {
                if (known.add(item.reviewUrl())) {
                    fresh.add(new PriorCheck(item, team, actor, now));
                } else {
                    skipped.add(item.reviewUrl()); // held already, or twice in this input
                }
            }
            return checks.saveAllAndFlush(fresh);
        });
        int suggested = 0;
        try {
            suggested = links.suggestForPriorChecks(team, stored.stream().map(PriorCheck::getId).toList());
        } catch (RuntimeException e) {
            // the prior checks are stored; reviewers can still link them by hand
            log.warn("Claims matching the prior checks just imported could not be suggested", e);
        }
        return new ImportResult(stored.stream().map(PriorCheck::details).toList(), skipped, suggested);
    }

    /** The prior checks of the caller's teams (admins: all) matching the words, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public Page<PriorCheckDetails> search(String query, int page, int size) {
        if (page < 0) {
            throw new InputRejectedException("page", "The page number cannot be negative.");
        }
        if (size < 1 || size > PriorCheckLimits.MAX_PAGE_SIZE) {
            throw new InputRejectedException("size", "The page size is 1 to " + PriorCheckLimits.MAX_PAGE_SIZE + ".");
        }
        String q = Inputs.optionalText(query, "q", PriorCheckLimits.MAX_QUERY);
        String pattern = q == null ? "%" : "%" + q.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        TeamScope scope = teams.scope();
        // an empty IN list is not valid everywhere: -1 is no team's id
        Set<Long> teamIds = scope.teamIds().isEmpty() ? Set.of(-1L) : scope.teamIds();
        return checks.search(scope.all(), teamIds, pattern, PageRequest.of(page, size)).map(PriorCheck::details);
    }

    /** One prior check; another team's is "not found", like a missing one. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.ANY_STAFF)
    public PriorCheckDetails get(long id) {
        return checks.findById(id).filter(p -> teams.canSee(p.getTeamId())).map(PriorCheck::details)
                .orElseThrow(() -> new NotFoundException("Prior check", id));
    }
}
