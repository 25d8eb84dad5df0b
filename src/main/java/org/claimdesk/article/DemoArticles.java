package org.claimdesk.article;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.DemoData;
import org.claimdesk.security.Role;
import org.claimdesk.security.TeamSummary;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * Loads the demo articles (written by the ClaimDesk team, in src/main/resources/demo) on the first start of
 * an empty embedded database, so a newcomer sees a full claims list at once. Off in the postgres and prod
 * profiles. Imports run through the normal import service, as the demo admin.
 */
@Component
@Order(10)
class DemoArticles implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoArticles.class);

    /** @param team the demo team that works on it (see security's TeamDemoData) */
    private record Demo(String file, String publisher, LocalDate publishedAt, String url, String team) {
    }

    private static final List<Demo> DEMOS = List.of(
            new Demo("korea-nato-call.txt", "ClaimDesk demo wire", LocalDate.of(2024, 11, 6),
                    "https://example.org/demo/korea-nato-call", "Politics desk"),
            new Demo("harbor-expansion.txt", "Riverton Courier (demo)", LocalDate.of(2025, 3, 14), null, "Metro desk"),
            new Demo("heatwave-hospitals.txt", "Lakeview Ledger (demo)", LocalDate.of(2025, 7, 22), null, "Metro desk"));

    private final ArticleService articles;
    private final ArticleRepository repository;
    private final boolean demoData;
    private final CurrentUser currentUser;

    DemoArticles(ArticleService articles, ArticleRepository repository, CurrentUser currentUser, DemoData demoData) {
        this.currentUser = currentUser;
        this.articles = articles;
        this.repository = repository;
        this.demoData = demoData.enabled();
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!demoData || repository.count() > 0) {
            return;
        }
        int claims = 0;
        for (Demo d : DEMOS) {
            String text = new ClassPathResource("demo/" + d.file()).getContentAsString(StandardCharsets.UTF_8);
            String title = text.lines().findFirst().orElse(d.file()).strip();
            claims += currentUser.runAs("admin", Role.ADMIN, () -> articles.importArticle(
                    new ArticleImport(title, d.url(), d.publisher(), d.publishedAt(), text, teamId(d.team()))))
                    .claims().size();
        }
        log.info("Loaded {} demo articles with {} claims", DEMOS.size(), claims);
    }

    /** The demo team's id; null (the importer's only team) if an installation renamed it. */
    private Long teamId(String name) {
        return currentUser.runAs("admin", Role.ADMIN, () -> articles.importTeams().stream()
                .filter(t -> t.name().equals(name)).map(TeamSummary::id).findFirst().orElse(null));
    }
}
