package org.claimdesk.claim.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.router.Location;
import org.claimdesk.AsUser;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.OpenUrl;
import org.claimdesk.TestArticles;
import org.claimdesk.article.ArticleDetails;
import org.claimdesk.article.ArticleImport;
import org.claimdesk.article.ArticleService;
import org.claimdesk.article.ui.ArticleView;
import org.claimdesk.claim.ArticleRef;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.claim.ClaimSummary;
import org.claimdesk.evidence.Attribution;
import org.claimdesk.evidence.EvidenceService;
import org.claimdesk.evidence.Rating;
import org.claimdesk.evidence.SourceInput;
import org.claimdesk.evidence.Stance;
import org.claimdesk.evidence.VerdictInput;
import org.claimdesk.evidence.VerdictService;
import org.claimdesk.extraction.ClaimType;
import org.claimdesk.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The claims grid keeps its filters in the URL: read on entering, written on every change; rows link to the article. */
@ClaimDeskSpringTest
@WithMockUser(username = "checker", roles = "FACT_CHECKER")
class ClaimsViewUrlTest extends SpringBrowserlessTest {

    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;
    @Autowired
    EvidenceService evidence;
    @Autowired
    VerdictService verdicts;

    private static List<ClaimSummary> rows(GridTester<?, ClaimSummary> grid) {
        return IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList();
    }

    private ArticleDetails story() {
        AsUser.signIn("checker", Role.FACT_CHECKER_NAME);
        String tag = TestArticles.uniqueTag();
        return articles.importArticle(new ArticleImport("URL test " + tag, null, null, null, TestArticles.story(tag)));
    }

    /** A verdict by checker approved by checker2: the claim is VERIFIED; checker is signed in again. */
    private void verify(long claimId) {
        AsUser.signIn("checker", Role.FACT_CHECKER_NAME);
        evidence.addSource(claimId, new SourceInput("https://url.example/" + TestArticles.uniqueTag(), null, null,
                null, null, null, Stance.CONTRADICTS, null, null));
        verdicts.setVerdict(claimId, new VerdictInput(Attribution.CONFIRMED, Rating.FALSE, "The figures differ.",
                null, claims.get(claimId).version()));
        AsUser.signIn("checker2", Role.FACT_CHECKER_NAME);
        verdicts.approve(claimId, claims.get(claimId).version());
        AsUser.signIn("checker", Role.FACT_CHECKER_NAME);
    }

    /** The URLs the view wrote with history.replaceState since the last look. */
    private static List<String> writtenUrls() {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(i -> i.getInvocation())
                .filter(i -> i.getExpression().contains("replaceState") || i.getExpression().contains("vaadin-navigate"))
                .map(i -> i.getParameters().stream().filter(p -> p instanceof String).map(String.class::cast)
                        .filter(p -> p.startsWith("claims")).findFirst().orElse(""))
                .toList();
    }

    /** Opens a URL with a query string and answers the view it shows. */
    private <T> T open(String url, Class<T> view) {
        OpenUrl.open(url);
        return view.cast(getCurrentView());
    }

    /** A written URL's path and parameters, whatever their order. */
    private static Location url(String url) {
        return new Location(url);
    }

    @Test
    void a_status_in_the_url_sets_the_filter_and_narrows_the_grid() {
        ClaimDetails c = story().claims().getFirst();
        verify(c.id());

        ClaimsView view = open("claims?status=VERIFIED", ClaimsView.class);

        assertThat(view.status.getValue()).isEqualTo(ClaimStatus.VERIFIED);
        List<ClaimSummary> shown = rows(test(view.grid));
        assertThat(shown).extracting(ClaimSummary::id).contains(c.id());
        assertThat(shown).allSatisfy(s -> assertThat(s.status()).isEqualTo(ClaimStatus.VERIFIED));
    }

    @Test
    void a_rating_in_the_url_narrows_the_grid_to_claims_whose_verdict_has_it_and_its_chip_removes_it() {
        ArticleDetails a = story();
        ClaimDetails rated = a.claims().getFirst();
        verify(rated.id()); // rated FALSE

        ClaimsView view = open("claims?rating=false&article=" + a.id(), ClaimsView.class);

        assertThat(view.ratingChip.isVisible()).isTrue();
        assertThat(view.ratingChip.getElement().getTextRecursively()).contains("Rating: false");
        assertThat(rows(test(view.grid))).extracting(ClaimSummary::id).containsExactly(rated.id());

        open("claims?rating=MOSTLY_TRUE&article=" + a.id(), ClaimsView.class);
        assertThat(rows(test(view.grid))).isEmpty();

        writtenUrls();
        test(find(com.vaadin.flow.component.button.Button.class).withId("claim-rating-filter-remove").single()).click();
        assertThat(view.ratingChip.isVisible()).isFalse();
        assertThat(rows(test(view.grid))).hasSize(a.claims().size());
        assertThat(writtenUrls()).last().satisfies(u -> assertThat(url(u).getQueryParameters().getParameters())
                .doesNotContainKey("rating"));
    }

    @Test
    void a_verdict_week_in_the_url_narrows_the_grid_to_claims_decided_that_week() {
        ArticleDetails a = story();
        ClaimDetails decided = a.claims().getFirst();
        verify(decided.id()); // decided now
        java.time.LocalDate monday = java.time.LocalDate.now(java.time.ZoneOffset.UTC)
                .with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));

        ClaimsView view = open("claims?verdictWeek=" + monday + "&article=" + a.id(), ClaimsView.class);
        assertThat(view.weekChip.isVisible()).isTrue();
        assertThat(rows(test(view.grid))).extracting(ClaimSummary::id).containsExactly(decided.id());

        open("claims?verdictWeek=" + monday.minusWeeks(1) + "&article=" + a.id(), ClaimsView.class);
        assertThat(rows(test(view.grid))).isEmpty();

        ClaimsView notMonday = open("claims?verdictWeek=" + monday.plusDays(2) + "&article=" + a.id(), ClaimsView.class);
        assertThat(notMonday.weekChip.isVisible()).as("a day that starts no week is ignored").isFalse();
        assertThat(rows(test(notMonday.grid))).hasSize(a.claims().size());
    }

    @Test
    void a_rating_that_cannot_be_one_is_ignored() {
        ArticleDetails a = story();
        ClaimsView view = open("claims?rating=drop%20table&article=" + a.id(), ClaimsView.class);
        assertThat(view.ratingChip.isVisible()).isFalse();
        assertThat(rows(test(view.grid))).hasSize(a.claims().size());
    }

    @Test
    void words_type_and_article_in_the_url_set_their_filters() {
        ArticleDetails a = story();

        ClaimsView view = open("claims?q=hectares&type=statistic&article=" + a.id(), ClaimsView.class);

        assertThat(view.search.getValue()).isEqualTo("hectares");
        assertThat(view.type.getValue()).isEqualTo(ClaimType.STATISTIC);
        assertThat(view.article.getValue()).isEqualTo(new ArticleRef(a.id(), a.title()));
        assertThat(rows(test(view.grid))).isNotEmpty().allSatisfy(s -> {
            assertThat(s.articleId()).isEqualTo(a.id());
            assertThat(s.type()).isEqualTo(ClaimType.STATISTIC);
            assertThat(s.text()).containsIgnoringCase("hectares");
        });
    }

    @Test
    void a_bad_value_in_the_url_leaves_its_filter_empty() {
        ClaimsView view = open("claims?status=NOPE&type=STATISTIC&article=abc", ClaimsView.class);

        assertThat(view.status.getValue()).isNull();
        assertThat(view.article.getValue()).isNull();
        assertThat(view.type.getValue()).as("the good value next to them applies").isEqualTo(ClaimType.STATISTIC);
        assertThat(rows(test(view.grid))).isNotEmpty()
                .allSatisfy(s -> assertThat(s.type()).isEqualTo(ClaimType.STATISTIC));

        ClaimsView other = open("claims?article=999999999", ClaimsView.class); // no such article, or not ours
        assertThat(other.article.getValue()).isNull();
    }

    @Test
    void changing_a_filter_writes_the_filters_to_the_url() {
        ArticleDetails a = story();
        ClaimsView view = navigate(ClaimsView.class);
        writtenUrls(); // what navigating itself queued

        test(view.status).selectItem("Unreviewed");
        assertThat(writtenUrls()).containsExactly("claims?status=UNREVIEWED");

        view.article.setValue(new ArticleRef(a.id(), a.title()));
        test(view.search).setValue("hectares");
        Location written = url(writtenUrls().getLast());
        assertThat(written.getPath()).isEqualTo("claims");
        assertThat(written.getQueryParameters()).isEqualTo(
                url("claims?q=hectares&status=UNREVIEWED&article=" + a.id()).getQueryParameters());

        view.status.setValue(null);
        view.article.clear();
        test(view.search).setValue("");
        assertThat(writtenUrls()).last().isEqualTo("claims");
    }

    @Test
    void the_filters_survive_leaving_the_grid_and_coming_back_through_the_url() {
        ArticleDetails a = story();
        ClaimsView view = navigate(ClaimsView.class);
        test(view.type).selectItem(ClaimType.STATISTIC.name());
        view.article.setValue(new ArticleRef(a.id(), a.title()));
        String url = writtenUrls().getLast();

        navigate("articles", org.claimdesk.article.ui.ArticlesView.class);
        ClaimsView back = open(url, ClaimsView.class);

        assertThat(back).isNotSameAs(view);
        assertThat(back.type.getValue()).isEqualTo(ClaimType.STATISTIC);
        assertThat(back.article.getValue().id()).isEqualTo(a.id());
        assertThat(rows(test(back.grid))).isNotEmpty().allSatisfy(s -> assertThat(s.articleId()).isEqualTo(a.id()));
    }

    @Test
    void each_row_shows_the_claim_number_and_links_to_the_claim_in_its_article() {
        ArticleDetails a = story();
        ClaimsView view = open("claims?article=" + a.id(), ClaimsView.class);
        var grid = test(view.grid);
        ClaimSummary first = grid.getRow(0);

        String href = grid.getLitRendererPropertyValue(0, "open-in-article", "articleHref", String.class);
        assertThat(href).isEqualTo("articles/" + a.id() + "?claim=" + first.id());
        assertThat(grid.getCellText(0, view.grid.getColumns().indexOf(view.grid.getColumnByKey("id"))))
                .isEqualTo("#" + first.id());

        ArticleView article = open(href, ArticleView.class); // the link's target opens with the claim selected
        assertThat(find(com.vaadin.flow.component.grid.Grid.class).from(article).all())
                .flatExtracting(g -> List.copyOf(g.getSelectedItems()))
                .extracting(item -> ((ClaimDetails) item).id()).containsExactly(first.id());
    }
}
