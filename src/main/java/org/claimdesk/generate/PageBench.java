package org.claimdesk.generate;

import org.claimdesk.article.ArticleService;
import org.claimdesk.audit.AuditService;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ClaimDiscussion;
import org.claimdesk.claim.ClaimLinks;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.evidence.EvidenceService;
import org.claimdesk.evidence.RatingScale;
import org.claimdesk.evidence.VerdictService;
import org.claimdesk.export.PublishingService;
import org.claimdesk.priorcheck.PriorCheckLinks;
import org.claimdesk.review.AssignmentService;
import org.claimdesk.security.Role;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The two heaviest pages of the generated data, loaded through the services their views call, in the order the
 * views call them: the article page of the article with 500 claims ({@code ArticleView}: the article with its
 * claims, which the page highlights in the text and lists in its grid), and the claim page of that article's
 * first claim, which has 50 sources and 200 history entries ({@code ClaimView}: the claim and its context, then
 * each section: sources with corroboration and the verdict, assignment, publication, prior checks, related
 * claims, discussion, history). "Rows" is how many items the page shows.
 */
@Component
class PageBench {

    private final ServiceBench bench;
    private final ArticleService articles;
    private final ClaimService claims;
    private final EvidenceService evidence;
    private final VerdictService verdicts;
    private final RatingScale ratings;
    private final AssignmentService assignments;
    private final PublishingService publishing;
    private final PriorCheckLinks priorChecks;
    private final ClaimLinks links;
    private final ClaimDiscussion discussion;
    private final AuditService audit;
    private final DataSource dataSource;

    PageBench(ServiceBench bench, ArticleService articles, ClaimService claims, EvidenceService evidence,
              VerdictService verdicts, RatingScale ratings, AssignmentService assignments, PublishingService publishing,
              PriorCheckLinks priorChecks, ClaimLinks links, ClaimDiscussion discussion, AuditService audit,
              DataSource dataSource) {
        this.bench = bench;
        this.articles = articles;
        this.claims = claims;
        this.evidence = evidence;
        this.verdicts = verdicts;
        this.ratings = ratings;
        this.assignments = assignments;
        this.publishing = publishing;
        this.priorChecks = priorChecks;
        this.links = links;
        this.discussion = discussion;
        this.audit = audit;
        this.dataSource = dataSource;
    }

    List<ServiceBench.Figure> run(String user, Role role, int warmup, int runs, String only, PrintStream out)
            throws SQLException {
        long article = bench.largestArticle();
        long claim = firstClaimOf(article);
        List<ServiceBench.Case> cases = List.of(
                new ServiceBench.Case("article page: article " + article + " (the generator's 500 claims)",
                        () -> articles.get(article).claims().size()),
                new ServiceBench.Case("claim page: claim " + claim + " (50 sources, 200 history entries)",
                        () -> claimPage(claim)));
        List<ServiceBench.Case> chosen = cases.stream().filter(c -> only == null || c.name().contains(only)).toList();
        if (chosen.isEmpty() || article == 0) {
            return List.of();
        }
        if (!bench.sees(user, role, () -> articles.get(article))) {
            // e.g. on H2 the generator's first article can go to a demo team the bench user is not in
            out.printf("%npages: article %d is not in %s's teams: run again with --user admin --role ADMIN --only page:%n",
                    article, user);
            return List.of();
        }
        out.println();
        out.println("| page | median ms | p95 ms | SQL statements | items shown |");
        out.println("|------|----------:|-------:|---------------:|------------:|");
        return chosen.stream().map(c -> {
            ServiceBench.Figure f = bench.measure(c, user, role, warmup, runs);
            ServiceBench.print(f, out);
            return f;
        }).toList();
    }

    /** What {@code ClaimView} reads to show one claim, section by section; how many items it shows. */
    private int claimPage(long id) {
        ClaimDetails c = claims.get(id);
        int items = claims.context(id) == null ? 0 : 1;
        items += ratings.labels().size();
        evidence.corroboration(id);
        items += evidence.sources(id).size();
        items += verdicts.verdict(id).isPresent() ? 1 : 0;
        items += assignments.of(id).isPresent() ? 1 : 0;
        items += publishing.of(id).isPresent() ? 1 : 0;
        items += priorChecks.linksOf(id).size();
        items += links.linksOf(id).size();
        items += discussion.comments(id).size();
        items += audit.history("CLAIM", c.id()).size();
        return items;
    }

    private long firstClaimOf(long article) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return GeneratedData.count(c, "select coalesce(min(id), 0) from claim where article_id = " + article);
        }
    }
}
