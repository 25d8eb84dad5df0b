package org.claimdesk.claim;

import org.claimdesk.AsUser;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.TestArticles;
import org.claimdesk.article.ArticleDetails;
import org.claimdesk.article.ArticleImport;
import org.claimdesk.article.ArticleService;
import org.claimdesk.extraction.ClaimType;
import org.claimdesk.security.Role;
import org.claimdesk.shared.CappedPage;
import org.claimdesk.shared.InputRejectedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Claim search on both databases: full text on PostgreSQL, the like fallback on H2; the same answers wherever both
 * can give them, and the PostgreSQL-only parts (ranking, phrases, stemming) checked where the database has them.
 */
@ClaimDeskSpringTest
class ClaimSearchTest {

    private static final Random RANDOM = new Random();

    @Autowired ArticleService articles;
    @Autowired ClaimService claims;
    @Autowired ClaimSearch search;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void signIn() {
        AsUser.signIn("checker", Role.FACT_CHECKER_NAME);
    }

    /** A made-up word of letters only (one token for the full-text parser, unlike a UUID's digits and letters). */
    static String word() {
        StringBuilder w = new StringBuilder("qz");
        for (int i = 0; i < 8; i++) {
            w.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return w.toString();
    }

    private ArticleDetails article(String title) {
        return articles.importArticle(new ArticleImport(title, null, null, null, TestArticles.story(word())));
    }

    private ClaimDetails claim(long articleId, String text, String claimant, ClaimType type) {
        return claims.addClaims(articleId, List.of(new NewClaim(text, text, 0, 10, claimant, null, null, null, type,
                List.of(), List.of(), 0.5))).getFirst();
    }

    private List<Long> found(String q) {
        return claims.search(ClaimFilter.ALL.withQuery(q), 0, 50, null, false).stream().map(ClaimSummary::id).toList();
    }

    @Test
    void search_finds_a_claim_by_its_claimant() {
        String name = word();
        ArticleDetails a = article("Budget hearing " + word());
        ClaimDetails c = claim(a.id(), "The deficit fell by a third.", "Senator Anna " + name, ClaimType.STATEMENT);

        assertThat(found(name)).containsExactly(c.id());
        assertThat(found(name.toUpperCase())).as("case does not matter").containsExactly(c.id());
    }

    @Test
    void search_finds_every_claim_of_an_article_by_a_word_of_its_title() {
        String inTitle = word();
        ArticleDetails a = article("Harbour " + inTitle + " report");
        ClaimDetails c = claim(a.id(), "Ferry traffic doubled.", "Port authority", ClaimType.STATEMENT);

        List<Long> ids = found(inTitle);
        assertThat(ids).contains(c.id()).containsAll(a.claims().stream().map(ClaimDetails::id).toList());
        assertThat(claims.count(ClaimFilter.ALL.withQuery(inTitle))).isEqualTo(a.claims().size() + 1);
    }

    @Test
    void search_finds_a_claim_by_words_of_its_text_in_any_order() {
        String first = word();
        String second = word();
        ArticleDetails a = article("Transport " + word());
        ClaimDetails c = claim(a.id(), "The " + first + " line carried " + second + " passengers.", "Mayor",
                ClaimType.STATEMENT);
        claim(a.id(), "The " + first + " line was late.", "Mayor", ClaimType.STATEMENT);

        assertThat(found(second + " " + first)).containsExactly(c.id());
    }

    @Test
    void a_claim_is_found_by_its_articles_new_title_after_the_title_changes() {
        String oldWord = word();
        String newWord = word();
        ArticleDetails a = article("Schools " + oldWord);
        ClaimDetails c = claim(a.id(), "Class sizes grew.", "Teacher", ClaimType.STATEMENT);
        assertThat(found(oldWord)).contains(c.id());

        // no screen edits titles yet; the database keeps the search in step with any change (V16's trigger)
        jdbc.update("update article set title = ? where id = ?", "Schools " + newWord, a.id());

        assertThat(found(newWord)).contains(c.id());
        assertThat(found(oldWord)).isEmpty();
    }

    @Test
    void search_shows_only_the_claims_of_the_callers_teams() {
        String tag = word();
        ArticleDetails politics = article("Politics " + tag); // checker: Politics desk
        ClaimDetails mine = claim(politics.id(), "Turnout rose " + tag + ".", "Clerk", ClaimType.STATEMENT);

        AsUser.signIn("metro", Role.FACT_CHECKER_NAME);
        assertThat(found(tag)).isEmpty();
        assertThat(claims.countUpTo(ClaimFilter.ALL.withQuery(tag))).isEqualTo(new ClaimCount(0, false));

        AsUser.signIn("admin", Role.ADMIN_NAME);
        assertThat(found(tag)).contains(mine.id());
    }

    @Test
    void search_keeps_the_status_type_and_article_filters() {
        String tag = word();
        ArticleDetails a = article("Farming " + word());
        ArticleDetails b = article("Fishing " + word());
        ClaimDetails statistic = claim(a.id(), "Yields of " + tag + " rose 4 percent.", "Minister", ClaimType.STATISTIC);
        ClaimDetails quote = claim(a.id(), "We grow " + tag + " with pride.", "Farmer", ClaimType.QUOTE);
        ClaimDetails other = claim(b.id(), "Catches of " + tag + " fell.", "Fisher", ClaimType.STATISTIC);
        ClaimFilter q = ClaimFilter.ALL.withQuery(tag);

        assertThat(claims.search(q.withType(ClaimType.STATISTIC), 0, 10, null, false).map(ClaimSummary::id))
                .containsExactlyInAnyOrder(statistic.id(), other.id());
        assertThat(claims.search(q.withArticle(a.id()), 0, 10, null, false).map(ClaimSummary::id))
                .containsExactlyInAnyOrder(statistic.id(), quote.id());
        assertThat(claims.search(q.withStatus(ClaimStatus.UNREVIEWED), 0, 10, null, false)).hasSize(3);
        assertThat(claims.search(q.withStatus(ClaimStatus.VERIFIED), 0, 10, null, false)).isEmpty();
        assertThat(claims.count(q.withArticle(b.id()).withType(ClaimType.QUOTE))).isZero();
    }

    @Test
    void a_bulk_selection_finds_the_same_claims_as_the_search() {
        String inTitle = word();
        ArticleDetails a = article("Energy " + inTitle);
        claim(a.id(), "Prices fell.", "Regulator", ClaimType.STATEMENT);
        ClaimSelection selection = new ClaimSelection(inTitle, Set.of(), null, null, null, null, null);

        List<Long> rows = claims.rowsAfter(selection, Long.MIN_VALUE, 100).stream().map(ClaimRow::id).toList();
        assertThat(rows).containsExactlyInAnyOrderElementsOf(found(inTitle));
        assertThat(claims.count(selection)).isEqualTo(rows.size());
    }

    @Test
    void the_best_match_comes_first_when_no_sort_is_asked_for() {
        String tag = word();
        ArticleDetails a = article("Health " + word());
        ClaimDetails best = claim(a.id(), "Waiting times for " + tag + " fell, " + tag + " patients say.",
                "Doctor " + tag, ClaimType.STATEMENT);
        ArticleDetails b = article("Health " + tag + " weekly");
        ClaimDetails titleOnly = claim(b.id(), "Nurses were hired.", "Manager", ClaimType.STATEMENT); // newer

        List<Long> ids = found(tag);
        assertThat(ids).contains(best.id(), titleOnly.id());
        if (search.fullText()) { // ts_rank; H2 lists the newest first
            assertThat(ids.getFirst()).isEqualTo(best.id());
        }
        List<Long> newestFirst = claims.search(ClaimFilter.ALL.withQuery(tag), 0, 50, ClaimSort.CREATED, false)
                .map(ClaimSummary::id).toList();
        assertThat(newestFirst.indexOf(titleOnly.id())).as("an asked-for sort wins").isLessThan(newestFirst.indexOf(best.id()));
    }

    @Test
    void a_search_with_more_matches_than_can_be_ranked_lists_the_newest_first_and_says_at_least() {
        String tag = word();
        ArticleDetails a = article("Transit " + word());
        ClaimDetails best = claim(a.id(), "Fares for " + tag + " rose, " + tag + " riders say, " + tag + " again.",
                "Rider " + tag, ClaimType.STATEMENT);
        claim(a.id(), "Buses were late, " + tag + " said.", "Driver", ClaimType.STATEMENT);
        ClaimDetails newest = claim(a.id(), "Trams were new, " + tag + " said.", "Mayor", ClaimType.STATEMENT);
        int cap = search.cap;
        search.cap = 2; // ClaimSearch.TEXT_CAP (1,000) stands in for it: the lower of the two applies
        try {
            CappedPage<ClaimSummary> page = claims.search(ClaimFilter.ALL.withQuery(tag), 0, 2, null, false);
            assertThat(page.isTotalCapped()).isTrue();
            assertThat(page.getContent().getFirst().id()).as("too many to rank: newest first").isEqualTo(newest.id());
        } finally {
            search.cap = cap;
        }
        List<Long> ranked = found(tag);
        if (search.fullText()) { // within the cap the best come first again
            assertThat(ranked.getFirst()).isEqualTo(best.id());
        }
    }

    @Test
    void a_word_with_a_minus_sign_excludes_the_claims_that_have_it() {
        String tag = word();
        String unwanted = word();
        ArticleDetails a = article("Crime " + word());
        ClaimDetails kept = claim(a.id(), "Burglaries of " + tag + " fell.", "Police", ClaimType.STATEMENT);
        claim(a.id(), "Burglaries of " + tag + " " + unwanted + " rose.", "Police", ClaimType.STATEMENT);

        assertThat(found(tag + " -" + unwanted)).containsExactly(kept.id());
    }

    @Test
    void a_quoted_phrase_finds_the_words_in_that_order_and_plural_finds_singular_on_postgresql() {
        String one = word();
        String two = word();
        ArticleDetails a = article("Defence " + word());
        ClaimDetails inOrder = claim(a.id(), "The " + one + " " + two + " brigade has 900 soldiers.", "General",
                ClaimType.STATEMENT);
        ClaimDetails reversed = claim(a.id(), "The " + two + " " + one + " brigade has one soldier.", "General",
                ClaimType.STATEMENT);

        List<Long> phrase = found("\"" + one + " " + two + "\"");
        List<Long> soldiers = found(one + " soldiers");
        if (search.fullText()) {
            assertThat(phrase).containsExactly(inOrder.id());
            assertThat(soldiers).containsExactlyInAnyOrder(inOrder.id(), reversed.id());
        } else { // the like fallback: quotes ignored, no stemming
            assertThat(phrase).containsExactlyInAnyOrder(inOrder.id(), reversed.id());
            assertThat(soldiers).containsExactly(inOrder.id());
        }
    }

    @Test
    void search_text_of_punctuation_only_finds_nothing_and_breaks_nothing() {
        for (String q : List.of("!!!", "&|!():*<->", "\"", "-", "'; drop table claim; --", "%_\\")) {
            assertThat(claims.search(ClaimFilter.ALL.withQuery(q), 0, 10, null, false)).as(q).isNotNull();
            assertThat(claims.countUpTo(ClaimFilter.ALL.withQuery(q))).as(q).isNotNull();
        }
        assertThat(found("!!!")).isEmpty();
    }

    @Test
    void search_text_longer_than_the_limit_is_refused() {
        assertThatThrownBy(() -> found("a".repeat(5000))).isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("at most " + ClaimLimits.MAX_QUERY);
    }

    @Test
    void small_counts_are_exact() {
        String tag = word();
        ArticleDetails a = article("Water " + word());
        for (int i = 0; i < 3; i++) {
            claim(a.id(), "Rainfall " + tag + " number " + i + ".", "Forecaster", ClaimType.STATEMENT);
        }
        CappedPage<ClaimSummary> page = claims.search(ClaimFilter.ALL.withQuery(tag), 1, 2, null, false);
        assertThat(page.getContent()).hasSize(1);
        assertThat(page.getTotalElements()).isEqualTo(3);
        assertThat(page.isTotalCapped()).isFalse();
        assertThat(claims.countUpTo(ClaimFilter.ALL.withQuery(tag))).isEqualTo(new ClaimCount(3, false));
    }

    @Test
    void a_count_over_the_cap_says_at_least_and_no_page_beyond_the_cap_is_served() {
        String tag = word();
        ArticleDetails a = article("Pensions " + word());
        for (int i = 0; i < 4; i++) {
            claim(a.id(), "Pensions " + tag + " rose " + i + " percent.", "Actuary", ClaimType.STATEMENT);
        }
        int cap = search.cap;
        search.cap = 3;
        try {
            assertThat(claims.countUpTo(ClaimFilter.ALL.withQuery(tag))).isEqualTo(new ClaimCount(3, true));
            CappedPage<ClaimSummary> first = claims.search(ClaimFilter.ALL.withQuery(tag), 0, 2, null, false);
            assertThat(first.getContent()).hasSize(2);
            assertThat(first.getTotalElements()).isEqualTo(3);
            assertThat(first.isTotalCapped()).isTrue();
            assertThatThrownBy(() -> claims.search(ClaimFilter.ALL.withQuery(tag), 2, 2, null, false))
                    .isInstanceOf(InputRejectedException.class).hasMessageContaining("beyond the first 3 claims");
        } finally {
            search.cap = cap;
        }
        assertThat(claims.countUpTo(ClaimFilter.ALL.withQuery(tag))).isEqualTo(new ClaimCount(4, false));
    }
}
