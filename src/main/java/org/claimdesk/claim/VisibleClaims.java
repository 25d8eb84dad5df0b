package org.claimdesk.claim;

import org.claimdesk.security.TeamAccess;
import org.claimdesk.security.TeamScope;
import org.claimdesk.shared.NotFoundException;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The claim module's side of the one team check ({@link TeamAccess}): every look-up of a claim or an article by
 * id goes through here, and another team's claim is "not found", exactly like a missing one, so ids never leak.
 * A claim belongs to its article's team.
 */
@Component
class VisibleClaims {

    private final ClaimRepository claims;
    private final ClaimArticleRepository articles;
    private final TeamAccess teams;

    VisibleClaims(ClaimRepository claims, ClaimArticleRepository articles, TeamAccess teams) {
        this.claims = claims;
        this.articles = articles;
        this.teams = teams;
    }

    /** The claim, or 404 when it does not exist or belongs to a team the caller is not in. */
    Claim claim(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("Claim", id));
    }

    /** The claim when it exists and the caller sees it. */
    Optional<Claim> find(long id) {
        return claims.findById(id).filter(this::canSee);
    }

    /** The article, or 404 when it does not exist or belongs to a team the caller is not in. */
    ClaimArticle article(long id) {
        return articles.findById(id).filter(a -> teams.canSee(a.getTeamId()))
                .orElseThrow(() -> new NotFoundException("Article", id));
    }

    /** Refuses (404) a team the caller is not in, exactly like one that does not exist. */
    void team(long id) {
        if (!teams.canSee(id)) {
            throw new NotFoundException("Team", id);
        }
    }

    boolean canSee(Claim c) {
        return teams.canSee(c.getArticle().getTeamId());
    }

    TeamScope scope() {
        return teams.scope();
    }

    /** Claims of the caller's teams, for lists and searches. */
    Specification<Claim> inScope() {
        return ClaimSpecifications.inTeams(teams.scope());
    }
}
