package org.claimdesk.generate;

import jakarta.persistence.EntityManagerFactory;
import org.claimdesk.article.ArticleDetails;
import org.claimdesk.article.ArticleImport;
import org.claimdesk.article.ArticleService;
import org.claimdesk.claim.ClaimLinks;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;
import org.claimdesk.security.TeamAccess;
import org.claimdesk.security.TeamSummary;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Imports of distinct ~5 KB articles on whatever the database holds, through {@link ArticleService#importArticle}
 * as the UI and the API call it: validation, the duplicate check, extraction, storing, and the related-claim
 * suggestion that runs after the commit in the importing call. Texts are two articles of a corpus directory
 * ({@code --corpus}, by default the test corpus of the source tree) behind a line naming the run, so no import is
 * refused as a duplicate. Afterwards, the suggestion alone ({@link ClaimLinks#suggestFor}, once more on each
 * imported article: the same reads, no new links). The imported articles are deleted at the end.
 */
@Component
class ImportBench {

    static final String DEFAULT_CORPUS = "src/test/resources/corpus";
    private static final int TARGET_CHARS = 5_000;

    private final ArticleService articles;
    private final ClaimLinks links;
    private final TeamAccess teams;
    private final CurrentUser currentUser;
    private final Statistics statistics;

    ImportBench(ArticleService articles, ClaimLinks links, TeamAccess teams, CurrentUser currentUser,
                EntityManagerFactory entityManagerFactory) {
        this.articles = articles;
        this.links = links;
        this.teams = teams;
        this.currentUser = currentUser;
        this.statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
    }

    void run(String user, Role role, int warmup, int imports, Path corpus, String only, PrintStream out) {
        if (only != null && !"import".contains(only) && !only.contains("import")) {
            return;
        }
        List<String> texts = texts(corpus);
        if (texts.isEmpty()) {
            out.println("import: no corpus texts in " + corpus.toAbsolutePath() + " (--corpus DIR)");
            return;
        }
        List<TeamSummary> usable = currentUser.runAs(user, role, teams::usableTeams);
        if (usable.isEmpty()) {
            out.println("import: " + user + " has no team to import into");
            return;
        }
        long team = usable.getFirst().id();
        String run = Long.toString(System.currentTimeMillis(), 36);
        List<Long> imported = new ArrayList<>();
        double[] importMs = new double[imports];
        long[] importStatements = new long[imports];
        long claims = 0;
        long chars = 0;
        try {
            for (int i = 0; i < warmup + imports; i++) {
                String text = "Bench import " + run + "-" + i + ".\n\n" + texts.get(i % texts.size());
                ArticleImport in = new ArticleImport("Bench import " + run + "-" + i, null, "ClaimDesk bench", null, text, team);
                statistics.clear();
                long start = System.nanoTime();
                ArticleDetails a = currentUser.runAs(user, role, () -> articles.importArticle(in));
                double ms = (System.nanoTime() - start) / 1e6;
                imported.add(a.id());
                if (i >= warmup) {
                    importMs[i - warmup] = ms;
                    importStatements[i - warmup] = statistics.getPrepareStatementCount();
                    claims += a.claims().size();
                    chars += text.length();
                }
            }
            double[] suggestMs = new double[imports];
            long[] suggestStatements = new long[imports];
            for (int i = 0; i < imports; i++) {
                long id = imported.get(warmup + i);
                statistics.clear();
                long start = System.nanoTime();
                currentUser.runAs(user, role, () -> links.suggestFor(id));
                suggestMs[i] = (System.nanoTime() - start) / 1e6;
                suggestStatements[i] = statistics.getPrepareStatementCount();
            }
            Arrays.sort(importMs);
            Arrays.sort(suggestMs);
            Arrays.sort(importStatements);
            Arrays.sort(suggestStatements);
            out.println();
            out.printf(Locale.ROOT, "import: %d imports of distinct articles (%.1f KB and %.1f claims on average) into team %d, after %d warm-up imports%n",
                    imports, chars / 1000.0 / imports, (double) claims / imports, team, warmup);
            out.println("| import | median ms | p95 ms | SQL statements (median) |");
            out.println("|--------|----------:|-------:|------------------------:|");
            out.printf(Locale.ROOT, "| import (extraction, store, related-claim suggestion) | %.1f | %.1f | %d |%n",
                    ServiceBench.median(importMs), ServiceBench.p95(importMs), importStatements[imports / 2]);
            out.printf(Locale.ROOT, "| related-claim suggestion alone (again, on the same article) | %.1f | %.1f | %d |%n",
                    ServiceBench.median(suggestMs), ServiceBench.p95(suggestMs), suggestStatements[imports / 2]);
        } finally {
            for (long id : imported) {
                currentUser.runAs(user, role, () -> {
                    articles.delete(id);
                    return id;
                });
            }
        }
    }

    /** Corpus texts joined two by two (about {@value #TARGET_CHARS} characters each), in a fixed order. */
    static List<String> texts(Path corpus) {
        if (!Files.isDirectory(corpus)) {
            return List.of();
        }
        List<String> single;
        try (Stream<Path> files = Files.list(corpus)) {
            single = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().map(ImportBench::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> joined = new ArrayList<>();
        for (int i = 0; i < single.size(); i++) {
            StringBuilder text = new StringBuilder(single.get(i));
            for (int j = i + 1; text.length() < TARGET_CHARS && j < i + single.size(); j++) {
                text.append("\n\n").append(single.get(j % single.size()));
            }
            joined.add(text.toString());
        }
        return joined;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
