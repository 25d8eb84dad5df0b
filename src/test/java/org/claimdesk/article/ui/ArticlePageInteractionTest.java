package org.claimdesk.article.ui;

import com.vaadin.browserless.ComponentTester;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Span;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.TestArticles;
import org.claimdesk.article.ArticleDetails;
import org.claimdesk.article.ArticleImport;
import org.claimdesk.article.ArticleService;
import org.claimdesk.claim.ClaimDetails;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The article page's legend, row clicks and keyboard use of the highlights, without a browser. */
@ClaimDeskSpringTest
@WithMockUser(username = "checker", roles = "FACT_CHECKER")
class ArticlePageInteractionTest extends SpringBrowserlessTest {

    @Autowired
    ArticleService articles;

    private ArticleDetails article;

    private ArticleView open() {
        String tag = TestArticles.uniqueTag();
        article = articles.importArticle(new ArticleImport("Article page " + tag, null, null, null, TestArticles.story(tag)));
        return navigate("articles/" + article.id(), ArticleView.class);
    }

    /** Presses a key on a highlight as the browser reports it: the listener's filter says whether the key picks. */
    private static void press(Span span, String key) {
        new ComponentTester<Span>(span) {
            void keydown() {
                ObjectNode data = JsonNodeFactory.instance.objectNode();
                data.put("event.key", key);
                data.put(HighlightedText.PICK_KEYS, key.equals("Enter") || key.equals(" "));
                fireDomEvent("keydown", data);
            }
        }.keydown();
    }

    @Test
    void clicking_a_row_anywhere_selects_its_claim_and_clicking_it_again_puts_it_back() {
        ArticleView view = open();
        var grid = test(view.claims);
        grid.clickRow(0);
        assertThat(view.claims.getSelectedItems()).containsExactly(grid.getRow(0));
        assertThat(view.edit.isEnabled()).isTrue();

        grid.clickRow(1);
        assertThat(view.claims.getSelectedItems()).containsExactlyInAnyOrder(grid.getRow(0), grid.getRow(1));
        assertThat(view.merge.isEnabled()).isTrue();

        grid.clickRow(0);
        assertThat(view.claims.getSelectedItems()).containsExactly(grid.getRow(1));
    }

    @Test
    void a_legend_beside_the_text_says_what_every_highlight_colour_means() {
        ArticleView view = open();
        assertThat(view.legend.isAttached()).isTrue();
        Set<String> explained = view.legend.getChildren()
                .map(c -> c.getElement().getAttribute("data-swatch"))
                .filter(s -> s != null).collect(Collectors.toSet());
        for (ClaimDetails c : article.claims()) {
            String typeClass = view.text.spanOf(c.id()).getClassNames().stream()
                    .filter(n -> n.startsWith("type-")).findFirst().orElseThrow();
            // statements are drawn like events (the default colour), so the legend names them together
            String colour = typeClass.equals("type-statement") ? "type-event" : typeClass;
            assertThat(explained).as("legend entry for %s", typeClass).contains(colour);
        }
        assertThat(explained).contains("marked");
        assertThat(view.legend.getElement().getTextRecursively()).contains("Statistic").contains("Picked claim");
    }

    @Test
    void highlighted_claims_are_buttons_in_the_tab_order_named_by_their_claim() {
        ArticleView view = open();
        for (ClaimDetails c : article.claims()) {
            Span span = view.text.spanOf(c.id());
            assertThat(span.getElement().getAttribute("tabindex")).isEqualTo("0");
            assertThat(span.getElement().getAttribute("role")).isEqualTo("button");
            assertThat(span.getElement().getAttribute("aria-label"))
                    .contains(c.claimant()).contains(c.text().substring(0, Math.min(40, c.text().length())));
        }
    }

    @Test
    void enter_or_space_on_a_highlight_picks_its_claim_in_the_list_and_other_keys_do_not() {
        ArticleView view = open();
        ClaimDetails first = article.claims().get(0);
        ClaimDetails last = article.claims().get(article.claims().size() - 1);

        press(view.text.spanOf(last.id()), "Tab");
        assertThat(view.claims.getSelectedItems()).isEmpty();

        press(view.text.spanOf(last.id()), "Enter");
        assertThat(view.claims.getSelectedItems()).extracting(ClaimDetails::id).containsExactly(last.id());
        assertThat(view.text.markedSpan()).isSameAs(view.text.spanOf(last.id()));

        press(view.text.spanOf(first.id()), " ");
        assertThat(view.claims.getSelectedItems()).extracting(ClaimDetails::id).containsExactly(first.id());
    }
}
