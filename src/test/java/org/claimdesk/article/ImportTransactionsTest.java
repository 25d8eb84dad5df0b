package org.claimdesk.article;

import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.TestArticles;
import org.claimdesk.claim.ClaimLinks;
import org.claimdesk.claim.LinkType;
import org.claimdesk.claim.LinkDetails;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import stores the article and its claims in one short transaction; related claims are suggested after it
 * has committed, in a transaction of their own, so a slow or failing suggestion never holds or undoes an import.
 * The tests import inside a transaction of their own to see the moment of the commit.
 */
@ClaimDeskSpringTest
@WithMockUser(username = "checker", roles = "FACT_CHECKER")
class ImportTransactionsTest {

    @Autowired
    ArticleService articles;
    @Autowired
    ClaimLinks links;
    @Autowired
    PlatformTransactionManager transactions;

    /** A word no other test's claim contains (letters only: the finder ignores words with digits). */
    private static String uniqueWord() {
        StringBuilder word = new StringBuilder("quay");
        for (char c : TestArticles.uniqueTag().toCharArray()) {
            word.append((char) ('a' + Character.digit(c, 16)));
        }
        return word.toString().toLowerCase(Locale.ROOT);
    }

    private ArticleDetails importPortStory(String headline, String word) {
        return articles.importArticle(new ArticleImport(headline + " " + word, null, null, null, headline + " " + word
                + "\n\nThe port director said the " + word + " would grow by 1.2 kilometers next year.\n"));
    }

    private List<LinkDetails> linksOf(ArticleDetails article) {
        return article.claims().stream().flatMap(c -> links.linksOf(c.id()).stream()).toList();
    }

    @Test
    void related_claims_are_suggested_once_the_import_has_committed_and_not_before() {
        String word = uniqueWord();
        ArticleDetails earlier = importPortStory("Harbour plans", word);
        AtomicReference<ArticleDetails> later = new AtomicReference<>();

        List<LinkDetails> beforeCommit = new TransactionTemplate(transactions).execute(status -> {
            later.set(importPortStory("Port report", word));
            return linksOf(later.get());
        });

        assertThat(beforeCommit).isEmpty();
        assertThat(linksOf(later.get())).anySatisfy(link -> {
            assertThat(link.otherArticleId()).isEqualTo(earlier.id());
            assertThat(link.type()).isEqualTo(LinkType.SAME_CLAIM);
        });
    }

    @Test
    void a_failing_suggestion_step_leaves_the_import_stored_and_the_import_call_succeeds() {
        String word = uniqueWord();
        importPortStory("Harbour plans", word);
        AtomicReference<ArticleDetails> later = new AtomicReference<>();
        SecurityContext signedIn = SecurityContextHolder.getContext();

        try {
            new TransactionTemplate(transactions).executeWithoutResult(status -> {
                later.set(importPortStory("Port report", word));
                // the suggestion step acts for a signed-in user: signing out before the commit makes it fail then
                SecurityContextHolder.clearContext();
            });
        } finally {
            TestSecurityContextHolder.setContext(signedIn);
        }

        ArticleDetails stored = articles.get(later.get().id());
        assertThat(stored.claims()).isNotEmpty();
        assertThat(linksOf(stored)).isEmpty();
    }
}
