package org.claimdesk.live;

import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.TestArticles;
import org.claimdesk.article.ArticleDetails;
import org.claimdesk.article.ArticleImport;
import org.claimdesk.article.ArticleService;
import org.claimdesk.claim.ClaimCorrections;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ClaimEdit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ClaimDeskSpringTest
@WithMockUser(username = "checker", roles = "FACT_CHECKER")
class ChangesReachOpenScreensTest {

    @Autowired
    ArticleService articles;
    @Autowired
    ClaimCorrections corrections;
    @Autowired
    Broadcaster broadcaster;
    @Autowired
    TransactionTemplate transactions;

    private ClaimDetails aClaim() {
        String tag = TestArticles.uniqueTag();
        ArticleDetails a = articles.importArticle(new ArticleImport("Live " + tag, null, null, null, TestArticles.story(tag)));
        return a.claims().stream().filter(c -> c.text().contains("hectares")).findFirst().orElseThrow();
    }

    @Test
    void a_committed_correction_is_broadcast_once_on_the_claim_and_its_article() {
        ClaimDetails c = aClaim();
        List<LiveEvent> onClaim = new CopyOnWriteArrayList<>();
        List<LiveEvent> onArticle = new CopyOnWriteArrayList<>();
        try (var a = broadcaster.join(LiveEvent.claim(c.id()), "viewer", onClaim::add);
             var b = broadcaster.join(LiveEvent.article(c.articleId()), "viewer", onArticle::add)) {
            corrections.edit(c.id(), c.version(), new ClaimEdit("new words", "Someone else", "a description", c.type()));
        }
        assertThat(onClaim).filteredOn(e -> e.kind() == LiveEvent.Kind.CHANGED).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo("checker"));
        assertThat(onArticle).filteredOn(e -> e.kind() == LiveEvent.Kind.CHANGED).hasSize(1);
    }

    @Test
    void a_change_that_rolls_back_is_never_broadcast() {
        ClaimDetails c = aClaim();
        List<LiveEvent> onClaim = new CopyOnWriteArrayList<>();
        try (var a = broadcaster.join(LiveEvent.claim(c.id()), "viewer", onClaim::add)) {
            assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
                corrections.edit(c.id(), c.version(), new ClaimEdit("rolled back", c.claimant(), null, c.type()));
                throw new IllegalStateException("something failed after the edit");
            })).isInstanceOf(IllegalStateException.class);
        }
        assertThat(onClaim).noneMatch(e -> e.kind() == LiveEvent.Kind.CHANGED);
    }
}
